import { useState } from 'react';
import type { CommandId } from '../../shared/commands/commandIds';
import type { Example } from '../../shared/scenarios/examples';
import type { RecentFile } from '../../shared/ipc/contract';
import { getBridge } from '../bridge/index';
import { newFromExample, openPath } from '../commands/fileActions';
import { COMMANDS, isEnabled, runCommand } from '../commands/registry';
import { formatShortcut } from '../commands/shortcuts';
import { useAutosaveStatus } from '../store/autosaveStatus';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { commandEntries, commandEntry } from './commandMenu';
import { Menu, type MenuLine } from './Menu';
import { ToolIcon } from './ToolIcons';
import { useDocumentName } from './useDocumentName';
import { useViewStore } from '../store/viewStore';
import { ViewSwitch } from './ViewSwitch';

/** Tools that fold into the "More tools" menu when the window is narrow (see `.tool-button--collapsible`). */
const FOLDING_TOOLS: readonly CommandId[] = ['edit.connect', 'view.layout', 'view.fit', 'view.snap'];
const FOLDING_GLOBAL_TOOLS: readonly CommandId[] = ['view.theme', 'view.shortcuts'];

function ToolButton({ command, icon, pressed, folds }: { command: CommandId; icon: string; pressed?: boolean; folds?: boolean }) {
  // Re-render on document changes so enabled states stay current.
  useDocumentStore((s) => s.history);
  useDocumentStore((s) => s.selection);
  const entry = COMMANDS.find((c) => c.id === command)!;
  const shortcut = entry.shortcuts?.[0] ? ` (${formatShortcut(entry.shortcuts[0])})` : '';
  return (
    <button
      type="button"
      className={folds ? 'tool-button tool-button--collapsible' : 'tool-button'}
      aria-label={entry.label}
      title={`${entry.label}${shortcut}`}
      aria-pressed={pressed}
      disabled={!isEnabled(entry)}
      onClick={() => runCommand(command)}
    >
      <ToolIcon name={icon} />
    </button>
  );
}

/** The folded tools, in a narrow window: the same commands as the buttons they replace. */
function moreToolItems(editorShown: boolean, snap: boolean): MenuLine[] {
  const lines: MenuLine[] = [];
  if (editorShown) lines.push(...FOLDING_TOOLS.map((id) => (id === 'view.snap' ? { ...commandEntry(id), checked: snap } : commandEntry(id))), { kind: 'separator' });
  lines.push(...FOLDING_GLOBAL_TOOLS.map(commandEntry));
  return lines;
}

export function TopBar() {
  const name = useDocumentName();
  const dirty = useDocumentStore(isDirty);
  const autosaveFailure = useAutosaveStatus((s) => s.failure);
  const path = useDocumentStore((s) => s.filePath);
  const snap = useUiStore((s) => s.snapToGrid);
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const editorShown = useViewStore((s) => s.view === 'editor');
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  const [examples, setExamples] = useState<readonly Example[] | null>(null);

  const [reopenLast, setReopenLast] = useState<boolean | null>(null);
  const toggleReopenLast = (): void => {
    const next = !reopenLast;
    void getBridge()
      .setSettings({ reopenLastDocument: next })
      .then((settings) => {
        setReopenLast(settings.reopenLastDocument);
        toast(settings.reopenLastDocument ? 'The last design will reopen on start.' : 'Pipeboard will start with a new design.');
      });
  };

  const onFileMenuOpen = () => {
    getBridge()
      .recentFiles()
      .then(setRecent)
      .catch(() => setRecent([]));
    getBridge()
      .getSettings()
      .then((settings) => setReopenLast(settings.reopenLastDocument))
      .catch(() => setReopenLast(null));
    // The example designs are data the first screen does not need: loaded with the menu.
    if (!examples)
      void import('../../shared/scenarios/examples').then(
        (module) => setExamples(module.EXAMPLES),
        () => setExamples([]),
      );
  };

  const fileItems = (): MenuLine[] => {
    const lines: MenuLine[] = [commandEntry('file.new'), commandEntry('file.open'), commandEntry('file.save'), commandEntry('file.saveAs'), commandEntry('file.export')];
    lines.push({ kind: 'separator' }, commandEntry('file.compare'), commandEntry('file.compareSaved'), commandEntry('view.start'));
    lines.push({ kind: 'separator' }, { kind: 'heading', label: 'New from example' });
    if (examples === null) lines.push({ label: 'Loading…', disabled: true, onSelect: () => undefined });
    else for (const example of examples) lines.push({ label: example.title, onSelect: () => void newFromExample(example.document) });
    lines.push({ kind: 'separator' }, { kind: 'heading', label: 'Recent' });
    if (recent === null) lines.push({ label: 'Loading…', disabled: true, onSelect: () => undefined });
    else if (recent.length === 0) lines.push({ label: 'No recent files', disabled: true, onSelect: () => undefined });
    else
      for (const file of recent.slice(0, 10)) {
        lines.push({
          label: file.exists ? file.name : `${file.name} (missing)`,
          shortcut: undefined,
          disabled: false,
          onSelect: () => {
            if (file.exists) void openPath(file.path);
            else
              void getBridge()
                .removeRecent(file.path)
                .then(setRecent)
                .then(() => toast(`${file.name} no longer exists; removed it from Recent.`));
          },
        });
      }
    if (recent && recent.length > 0) {
      lines.push({
        label: 'Clear Recent',
        onSelect: () =>
          void Promise.all(recent.map((file) => getBridge().removeRecent(file.path)))
            .then(() => setRecent([]))
            .then(() => toast('Cleared the list of recent designs.')),
      });
    }
    lines.push({ kind: 'separator' });
    lines.push({
      label: reopenLast === null ? 'Reopen last design on start' : `Reopen last design on start: ${reopenLast ? 'on' : 'off'}`,
      disabled: reopenLast === null,
      onSelect: toggleReopenLast,
    });
    return lines;
  };

  return (
    <header className="top-bar">
      <div className="top-bar__brand" aria-hidden="true">
        <span className="logo">▚</span>
      </div>
      <nav className="top-bar__menus" aria-label="Menus">
        <Menu label="File" items={fileItems} onOpen={onFileMenuOpen} />
        <Menu label="Edit" items={() => [...commandEntries('Edit'), { kind: 'separator' }, ...commandEntries('Select')]} />
        <Menu label="Arrange" items={() => commandEntries('Arrange')} />
        <Menu label="View" items={() => commandEntries('View')} />
      </nav>
      <ViewSwitch />
      <div className="top-bar__doc" title={path ?? 'Not saved yet'}>
        <h1 className="top-bar__name" data-testid="document-name">
          {name}
        </h1>
        {dirty && (
          <span className="top-bar__dirty" data-testid="dirty-mark" title="Unsaved changes">
            •<span className="visually-hidden"> unsaved changes</span>
          </span>
        )}
        {autosaveFailure !== null && (
          <span className="top-bar__autosave-failed" role="status" data-testid="autosave-failed" title={autosaveFailure}>
            Autosave failed
          </span>
        )}
      </div>
      <div className="top-bar__tools" role="toolbar" aria-label="Tools">
        {editorShown && (
          <>
            <ToolButton command="edit.undo" icon="undo" />
            <ToolButton command="edit.redo" icon="redo" />
            <span className="top-bar__sep" aria-hidden="true" />
            <ToolButton command="edit.connect" icon="connect" folds />
            <ToolButton command="view.layout" icon="layout" folds />
            <ToolButton command="view.fit" icon="fit" folds />
            <ToolButton command="view.snap" icon="grid" pressed={snap} folds />
            <span className="top-bar__sep top-bar__sep--collapsible" aria-hidden="true" />
            <ToolButton command="edit.addGroup" icon="group" />
            <ToolButton command="edit.addNote" icon="text" />
            <ToolButton command="edit.addSticky" icon="sticky" />
            <span className="top-bar__sep top-bar__sep--collapsible" aria-hidden="true" />
          </>
        )}
        <ToolButton command="view.theme" icon={dark ? 'sun' : 'moon'} folds />
        <ToolButton command="view.shortcuts" icon="keyboard" folds />
        <div className="top-bar__overflow">
          <Menu label="More tools" items={() => moreToolItems(editorShown, snap)}>
            <ToolIcon name="more" />
          </Menu>
        </div>
      </div>
      <button type="button" className="button button--primary top-bar__save" onClick={() => runCommand('file.save')}>
        Save
      </button>
    </header>
  );
}
