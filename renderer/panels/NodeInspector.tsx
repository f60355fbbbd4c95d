import { useId } from 'react';
import { CATEGORIES, SERVICES, catalog, isParamActive, isServiceId } from '../../shared/catalog/index';
import type { ParamValue } from '../../shared/model/document';
import { ServiceFacts } from '../canvas/ServiceFacts';
import { ServiceIcon } from '../canvas/ServiceIcon';
import { CATEGORY_LABELS } from '../canvas/paletteSearch';
import { deleteNode } from '../commands/editActions';
import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { DerivedFigures } from './DerivedFigures';
import { NodeIssues } from './NodeIssues';
import { ParamField } from './ParamField';

export function NodeInspector({ id }: { id: string }) {
  const node = useDocumentStore((s) => s.doc.nodes.find((n) => n.id === id));
  const derived = useDocumentStore((s) => analysisOf(s.doc).derived.nodes[id]);
  const labelId = useId();
  const serviceId = useId();
  if (!node) return null;
  const service = catalog[node.service];

  const store = () => useDocumentStore.getState();
  const commitParam = (key: string, value: ParamValue | undefined) =>
    store().commit([value === undefined ? { op: 'unsetParam', node: id, key } : { op: 'setParam', node: id, key, value }], { coalesceKey: `param:${id}:${key}` });
  const seal = () => store().sealHistory();

  return (
    <div className="inspector__body" data-testid="node-inspector">
      <header className="inspector__header">
        <ServiceIcon service={node.service} size={40} />
        <div>
          <h2 className="inspector__title">{node.label}</h2>
          <p className="inspector__subtitle">{service.name}</p>
        </div>
      </header>

      <div className="field">
        <label htmlFor={labelId} className="field__label">
          Label
        </label>
        <input
          id={labelId}
          type="text"
          value={node.label}
          maxLength={120}
          onChange={(e) => store().commit([{ op: 'relabel', node: id, label: e.target.value }], { coalesceKey: `label:${id}` })}
          onBlur={seal}
        />
      </div>

      <div className="field">
        <label htmlFor={serviceId} className="field__label">
          Service
        </label>
        <select
          id={serviceId}
          value={node.service}
          onChange={(e) => {
            const next = e.target.value;
            if (isServiceId(next)) store().commit([{ op: 'replaceService', node: id, service: next }]);
          }}
        >
          {CATEGORIES.map((category) => (
            <optgroup key={category} label={CATEGORY_LABELS[category]}>
              {SERVICES.filter((s) => s.category === category).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.shortName}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p className="field__help">Parameters with the same name and a valid value are kept.</p>
      </div>

      {derived && <DerivedFigures derived={derived} />}
      <NodeIssues id={id} />

      <section className="inspector__section" aria-labelledby={`${id}-params`}>
        <h3 id={`${id}-params`} className="inspector__section-title">
          Parameters
        </h3>
        {service.params.length === 0 && <p className="muted">This service has no parameters.</p>}
        {service.params.filter((spec) => isParamActive(node.service, spec, node.params)).map((spec) => (
          <ParamField key={`${node.service}:${spec.key}`} spec={spec} value={node.params[spec.key]} onCommit={(v) => commitParam(spec.key, v)} onBlur={seal} />
        ))}
      </section>

      <details className="inspector__section inspector__facts">
        <summary>Exam facts</summary>
        <ServiceFacts service={service} />
      </details>

      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={() => deleteNode(id)}>
          Delete node
        </button>
      </div>
    </div>
  );
}
