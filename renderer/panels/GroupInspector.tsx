import { useId } from 'react';
import { GROUP_COLOURS, GROUP_KIND_COLOURS, GROUP_KIND_LABELS, GROUP_KINDS, isGroupKind } from '../../shared/model/canvasObjects';
import { GROUP_PALETTE } from '../../shared/model/groupPalette';
import { FORMAT_LIMITS } from '../../shared/format/limits';
import { groupMembers } from '../../shared/model/groupMembers';
import { deleteSelection } from '../commands/editActions';
import { useDocumentStore } from '../store/documentStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';

/** A frame's label, kind and colour; what it holds; delete (the nodes inside stay). */
export function GroupInspector({ id }: { id: string }) {
  const doc = useDocumentStore((s) => s.doc);
  const theme = useUiStore(effectiveTheme);
  const labelId = useId();
  const kindId = useId();
  const group = doc.groups.find((g) => g.id === id);
  if (!group) return null;
  const members = groupMembers(group, doc);
  const store = () => useDocumentStore.getState();
  const seal = () => store().sealHistory();

  return (
    <div className="inspector__body" data-testid="group-inspector">
      <h2 className="inspector__title">{group.label || GROUP_KIND_LABELS[group.kind]}</h2>
      <p className="inspector__subtitle">
        {GROUP_KIND_LABELS[group.kind]} group · {members.nodes.length} node{members.nodes.length === 1 ? '' : 's'} inside
      </p>
      <div className="field">
        <label htmlFor={labelId} className="field__label">
          Label
        </label>
        <input
          id={labelId}
          type="text"
          data-field="group-label"
          value={group.label}
          maxLength={FORMAT_LIMITS.maxLabelLength}
          onChange={(e) => store().commit([{ op: 'relabelGroup', group: id, label: e.target.value }], { coalesceKey: `group-label:${id}` })}
          onBlur={seal}
        />
      </div>
      <div className="field">
        <label htmlFor={kindId} className="field__label">
          Stands for
        </label>
        <select
          id={kindId}
          value={group.kind}
          onChange={(e) => {
            const kind = e.target.value;
            if (!isGroupKind(kind)) return;
            // A frame still in its kind's colour takes the new kind's.
            const recolour = group.colour === GROUP_KIND_COLOURS[group.kind] ? [{ op: 'recolourGroup' as const, group: id, colour: GROUP_KIND_COLOURS[kind] }] : [];
            store().commit([{ op: 'setGroupKind', group: id, kind }, ...recolour]);
          }}
        >
          {GROUP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {GROUP_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field colour-picker">
        <legend className="field__label">Colour</legend>
        {GROUP_COLOURS.map((colour) => (
          <label key={colour} className="colour-picker__option" title={colour}>
            <input
              type="radio"
              name={`group-colour-${id}`}
              value={colour}
              checked={group.colour === colour}
              onChange={() => store().commit([{ op: 'recolourGroup', group: id, colour }])}
            />
            <span className="colour-picker__swatch" style={{ background: GROUP_PALETTE[theme][colour].stroke }} aria-hidden="true" />
            <span className="visually-hidden">{colour}</span>
          </label>
        ))}
      </fieldset>
      <p className="inspector__hint">Drag the frame by its label to move everything inside it. Nodes whose centre lies in the frame belong to it.</p>
      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={deleteSelection}>
          Delete group (keep its nodes)
        </button>
      </div>
    </div>
  );
}
