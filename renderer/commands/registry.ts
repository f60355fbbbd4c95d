import { getFlowInstance } from '../canvas/flowInstance';
import { canvasWidth, fitViewOptions } from '../canvas/viewFit';
import { resetZoom } from '../canvas/zoomReset';
import type { PanelId } from '../layout/panelFit';
import { isPanelCollapsed, usePanelStore } from '../layout/panelStore';
import { useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { copySelection, pasteFromClipboard } from './clipboard';
import { clearSelection, connectSelected, deleteSelection, duplicateSelection, selectAdjacentNode, selectAll } from './editActions';
import { newDocument, openDocument, saveDocument, saveDocumentAs } from './fileActions';
import { compareFiles, compareWithSaved } from '../compare/compareActions';
import { showView, useViewStore } from '../store/viewStore';
import { useDialogStore } from '../store/dialogStore';
import { layoutPositions } from './layout';
import { useLayoutRouteStore } from '../store/layoutRouteStore';
import type { CommandId } from '../../shared/commands/commandIds';
import type { Shortcut } from './shortcuts';
import { setThemeChoice } from './theme';
import { CANVAS_TOOL_COMMANDS, CONTEXT_MENU_COMMAND, HAND_OVER_COMMANDS } from './canvasToolCommands';
import { addAnnotation, addGroup } from './canvasObjectActions';
import { GROUP_EDIT_COMMANDS, GROUP_SELECT_COMMAND } from './groupCommands';

export type CommandGroup = 'File' | 'Edit' | 'Select' | 'Arrange' | 'View';

/** One user action, shared by menus, keyboard shortcuts and the shortcuts sheet. */
export interface Command {
  id: CommandId;
  label: string;
  group: CommandGroup;
  shortcuts?: readonly Shortcut[];
  /** Also runs while typing in a text field (Save, Open). */
  global?: boolean;
  /** The shortcut only applies on the canvas (or with nothing focused), e.g. Escape. */
  canvasOnly?: boolean;
  /** The keyboard shortcut is left to the browser's copy/cut/paste events. */
  nativeClipboard?: boolean;
  enabled?: () => boolean;
  /** A setting the command turns on and off: menus show it as a checkbox item. */
  checked?: () => boolean;
  run: () => void | Promise<void>;
}

const doc = () => useDocumentStore.getState();
const hasNodes = () => doc().doc.nodes.length > 0;
const hasCanvasContent = () => hasNodes() || doc().doc.groups.length > 0 || doc().doc.annotations.length > 0;
const hasNodeSelection = () => doc().selection.nodes.length > 0;
const hasCopyable = () => hasNodeSelection() || (doc().selection.objects?.length ?? 0) > 0;
const hasSelection = () => hasNodeSelection() || doc().selection.edges.length > 0 || (doc().selection.objects?.length ?? 0) > 0;

async function autoLayout(): Promise<void> {
  const { doc: current } = doc();
  if (current.nodes.length === 0) return;
  const flow = getFlowInstance();
  const { positions, routes } = await layoutPositions(current, (id) => {
    const measured = flow?.getInternalNode(id)?.measured;
    return measured?.width && measured.height ? { width: measured.width, height: measured.height } : undefined;
  });
  // The document may have changed while ELK ran; apply to the latest one.
  const latest = doc();
  latest.commit([{ op: 'moveNodes', moves: [...positions].map(([node, p]) => ({ node, x: p.x, y: p.y })) }]);
  useLayoutRouteStore.getState().setRoutes(routes);
  requestAnimationFrame(() => void getFlowInstance()?.fitView(fitViewOptions(canvasWidth(), { duration: 250 })));
}

/** A View menu checkbox that shows or hides a workspace panel (remembered in the settings). */
function panelToggle<const Id extends CommandId>(id: Id, label: string, panel: PanelId) {
  return {
    id,
    label,
    group: 'View',
    checked: () => !isPanelCollapsed(panel),
    run: () => usePanelStore.getState().toggle(panel),
  } as const satisfies Command;
}

const COMMAND_LIST = [
  { id: 'file.new', label: 'New', group: 'File', shortcuts: [{ key: 'n', mod: true }, { key: 'n', alt: true }], global: true, run: newDocument },
  { id: 'file.open', label: 'Open…', group: 'File', shortcuts: [{ key: 'o', mod: true }], global: true, run: openDocument },
  { id: 'file.save', label: 'Save', group: 'File', shortcuts: [{ key: 's', mod: true }], global: true, run: async () => void (await saveDocument()) },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    group: 'File',
    shortcuts: [{ key: 's', mod: true, shift: true }],
    global: true,
    run: async () => void (await saveDocumentAs()),
  },
  {
    id: 'file.export',
    label: 'Export…',
    group: 'File',
    shortcuts: [{ key: 'e', mod: true }],
    global: true,
    // The dialog (and the exporters it previews with) loads when first opened.
    run: () => useDialogStore.getState().open({ kind: 'export' }),
  },
  { id: 'file.compare', label: 'Compare…', group: 'File', run: compareFiles },
  { id: 'file.compareSaved', label: 'Compare with saved version', group: 'File', enabled: () => doc().filePath !== null, run: compareWithSaved },

  { id: 'edit.undo', label: 'Undo', group: 'Edit', shortcuts: [{ key: 'z', mod: true }], enabled: () => doc().history.past.length > 0, run: () => doc().undo() },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }],
    enabled: () => doc().history.future.length > 0,
    run: () => doc().redo(),
  },
  { id: 'edit.cut', label: 'Cut', group: 'Edit', shortcuts: [{ key: 'x', mod: true }], nativeClipboard: true, enabled: hasCopyable, run: () => copySelection(true) },
  { id: 'edit.copy', label: 'Copy', group: 'Edit', shortcuts: [{ key: 'c', mod: true }], nativeClipboard: true, enabled: hasCopyable, run: () => copySelection(false) },
  { id: 'edit.paste', label: 'Paste', group: 'Edit', shortcuts: [{ key: 'v', mod: true }], nativeClipboard: true, run: pasteFromClipboard },
  { id: 'edit.duplicate', label: 'Duplicate', group: 'Edit', shortcuts: [{ key: 'd', mod: true }], enabled: hasCopyable, run: duplicateSelection },
  { id: 'edit.delete', label: 'Delete', group: 'Edit', shortcuts: [{ key: 'delete' }, { key: 'backspace' }], enabled: hasSelection, run: deleteSelection },
  {
    id: 'edit.connect',
    label: 'Connect selected',
    group: 'Edit',
    shortcuts: [{ key: 'c' }],
    enabled: () => doc().selection.nodes.length === 2,
    run: connectSelected,
  },
  CONTEXT_MENU_COMMAND,
  ...HAND_OVER_COMMANDS,
  { id: 'edit.addGroup', label: 'Add group', group: 'Edit', shortcuts: [{ key: 'g' }], run: () => void addGroup() },
  { id: 'edit.addNote', label: 'Add text', group: 'Edit', shortcuts: [{ key: 't' }], run: () => void addAnnotation('text') },
  { id: 'edit.addSticky', label: 'Add sticky note', group: 'Edit', shortcuts: [{ key: 'n' }], run: () => void addAnnotation('sticky') },
  ...GROUP_EDIT_COMMANDS,

  { id: 'select.all', label: 'Select all', group: 'Select', shortcuts: [{ key: 'a', mod: true }], enabled: hasCanvasContent, run: selectAll },
  { id: 'select.none', label: 'Select none', group: 'Select', shortcuts: [{ key: 'escape' }], canvasOnly: true, enabled: hasSelection, run: clearSelection },
  { id: 'select.next', label: 'Select next node', group: 'Select', shortcuts: [{ code: 'BracketRight' }], enabled: hasNodes, run: () => void selectAdjacentNode(1, false) },
  { id: 'select.previous', label: 'Select previous node', group: 'Select', shortcuts: [{ code: 'BracketLeft' }], enabled: hasNodes, run: () => void selectAdjacentNode(-1, false) },
  {
    id: 'select.addNext',
    label: 'Add next node to selection',
    group: 'Select',
    shortcuts: [{ code: 'BracketRight', shift: true }],
    enabled: hasNodes,
    run: () => void selectAdjacentNode(1, true),
  },
  {
    id: 'select.addPrevious',
    label: 'Add previous node to selection',
    group: 'Select',
    shortcuts: [{ code: 'BracketLeft', shift: true }],
    enabled: hasNodes,
    run: () => void selectAdjacentNode(-1, true),
  },
  GROUP_SELECT_COMMAND,

  { id: 'view.layout', label: 'Auto-layout', group: 'View', shortcuts: [{ key: 'l', shift: true }], enabled: hasNodes, run: autoLayout },
  {
    id: 'view.fit',
    label: 'Fit view',
    group: 'View',
    shortcuts: [{ code: 'Digit1', shift: true }],
    run: () => void getFlowInstance()?.fitView(fitViewOptions(canvasWidth(), { duration: 200 })),
  },
  { id: 'view.zoomIn', label: 'Zoom in', group: 'View', shortcuts: [{ key: '=' }, { key: '+' }], run: () => void getFlowInstance()?.zoomIn({ duration: 150 }) },
  { id: 'view.zoomOut', label: 'Zoom out', group: 'View', shortcuts: [{ key: '-' }], run: () => void getFlowInstance()?.zoomOut({ duration: 150 }) },
  { id: 'view.zoomReset', label: 'Zoom to 100%', group: 'View', shortcuts: [{ key: '0' }], run: resetZoom },
  {
    id: 'view.snap',
    label: 'Snap to grid',
    group: 'View',
    shortcuts: [{ key: 'g', shift: true }],
    run: () => {
      const ui = useUiStore.getState();
      ui.setSnapToGrid(!ui.snapToGrid);
      toast(`Snap to grid ${ui.snapToGrid ? 'off' : 'on'}.`);
    },
  },
  {
    id: 'view.minimap',
    label: 'Show minimap',
    group: 'View',
    shortcuts: [{ key: 'm', shift: true }],
    checked: () => useUiStore.getState().showMinimap,
    run: () => {
      const ui = useUiStore.getState();
      ui.setShowMinimap(!ui.showMinimap);
    },
  },
  panelToggle('view.palette', 'Show palette', 'palette'),
  panelToggle('view.inspector', 'Show inspector', 'inspector'),
  panelToggle('view.analysis', 'Show analysis panel', 'bottom'),
  {
    id: 'view.theme',
    label: 'Toggle theme',
    group: 'View',
    shortcuts: [{ key: 't', shift: true }],
    run: () => setThemeChoice(effectiveTheme(useUiStore.getState()) === 'dark' ? 'light' : 'dark'),
  },
  { id: 'view.shortcuts', label: 'Keyboard shortcuts', group: 'View', shortcuts: [{ key: '?' }], run: () => useUiStore.getState().setShortcutsOpen(true) },
  { id: 'view.start', label: 'Start page', group: 'View', run: () => showView('start') },
  { id: 'view.editor', label: 'Design editor', group: 'View', run: () => showView('editor') },
  { id: 'view.practice', label: 'Practice', group: 'View', run: () => showView('practice') },
  { id: 'view.compare', label: 'Compare designs', group: 'View', run: () => showView('compare') },
  ...CANVAS_TOOL_COMMANDS,
] satisfies readonly Command[];

// Fails to compile when shared/commands/commandIds.ts names a command this registry lacks.
type UnregisteredCommand = Exclude<CommandId, (typeof COMMAND_LIST)[number]['id']>;
const everyIdRegistered: [UnregisteredCommand] extends [never] ? true : UnregisteredCommand = true;
void everyIdRegistered;

/** Every command, in the order menus and the shortcuts sheet list them. */
export const COMMANDS: readonly Command[] = COMMAND_LIST;

const CANVAS_VIEW_COMMANDS = new Set<CommandId>(['view.layout', 'view.fit', 'view.zoomIn', 'view.zoomOut', 'view.zoomReset', 'view.snap', 'view.minimap', 'view.edgeStyle', 'view.find']);

/** Commands that act on the canvas, and so only while the design editor is showing. */
export function isEditorOnly(command: Command): boolean {
  return command.group === 'Edit' || command.group === 'Select' || command.group === 'Arrange' || CANVAS_VIEW_COMMANDS.has(command.id);
}

function commandById(id: CommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

export function isEnabled(command: Command): boolean {
  if (isEditorOnly(command) && useViewStore.getState().view !== 'editor') return false;
  return command.enabled ? command.enabled() : true;
}

export function runCommand(id: CommandId): void {
  const command = commandById(id);
  if (!isEnabled(command)) return;
  void Promise.resolve(command.run()).catch((error: unknown) => toast(error instanceof Error ? error.message : String(error), 'error'));
}
