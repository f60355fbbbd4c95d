import { addNodeHere, focusServiceField, openContextMenuForSelection } from '../canvas/contextMenuActions';
import { useDocumentStore } from '../store/documentStore';
import { useFindStore } from '../store/findStore';
import { toast } from '../store/toastStore';
import { alignSelection, distributeSelection } from './arrangeActions';
import type { Command } from './registry';

/** Commands of the drawing tools: context menu, edge style, find on canvas, align and distribute. */

const doc = () => useDocumentStore.getState();
const selectedCount = () => doc().selection.nodes.length;
const orthogonal = () => doc().doc.settings.edgeStyle === 'orthogonal';

export const CONTEXT_MENU_COMMAND = {
  id: 'edit.contextMenu',
  label: 'Open context menu',
  group: 'Edit',
  shortcuts: [{ key: 'f10', shift: true }, { key: 'contextmenu' }],
  canvasOnly: true,
  run: openContextMenuForSelection,
} satisfies Command;

/** Context menu actions that hand over to the palette and the inspector. */
export const HAND_OVER_COMMANDS = [
  { id: 'edit.addNodeHere', label: 'Add node here…', group: 'Edit', run: addNodeHere },
  { id: 'edit.changeService', label: 'Change service…', group: 'Edit', enabled: () => selectedCount() === 1, run: focusServiceField },
] satisfies readonly Command[];

export const CANVAS_TOOL_COMMANDS = [
  {
    id: 'view.edgeStyle',
    label: 'Orthogonal edges',
    group: 'View',
    shortcuts: [{ key: 'e', shift: true }],
    checked: orthogonal,
    run: () => {
      const style = orthogonal() ? 'curved' : 'orthogonal';
      doc().commit([{ op: 'setEdgeStyle', style }]);
      toast(style === 'orthogonal' ? 'Edges are drawn orthogonally (steps).' : 'Edges are drawn as curves.');
    },
  },
  { id: 'view.find', label: 'Find on canvas…', group: 'View', shortcuts: [{ key: 'f', mod: true }], global: true, run: () => useFindStore.getState().show() },
  { id: 'arrange.alignLeft', label: 'Align left', group: 'Arrange', shortcuts: [{ code: 'KeyL', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('left') },
  { id: 'arrange.alignCenter', label: 'Align centres', group: 'Arrange', shortcuts: [{ code: 'KeyC', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('center') },
  { id: 'arrange.alignRight', label: 'Align right', group: 'Arrange', shortcuts: [{ code: 'KeyR', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('right') },
  { id: 'arrange.alignTop', label: 'Align top', group: 'Arrange', shortcuts: [{ code: 'KeyT', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('top') },
  { id: 'arrange.alignMiddle', label: 'Align middles', group: 'Arrange', shortcuts: [{ code: 'KeyM', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('middle') },
  { id: 'arrange.alignBottom', label: 'Align bottom', group: 'Arrange', shortcuts: [{ code: 'KeyB', alt: true, shift: true }], enabled: () => selectedCount() >= 2, run: () => alignSelection('bottom') },
  {
    id: 'arrange.distributeHorizontally',
    label: 'Distribute horizontally',
    group: 'Arrange',
    shortcuts: [{ code: 'KeyH', alt: true, shift: true }],
    enabled: () => selectedCount() >= 3,
    run: () => distributeSelection('horizontal'),
  },
  {
    id: 'arrange.distributeVertically',
    label: 'Distribute vertically',
    group: 'Arrange',
    shortcuts: [{ code: 'KeyV', alt: true, shift: true }],
    enabled: () => selectedCount() >= 3,
    run: () => distributeSelection('vertical'),
  },
] satisfies readonly Command[];
