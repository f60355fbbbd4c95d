import { describe, expect, it } from 'vitest';
import { applyOps, applyOpsWithResult } from './applyOps';
import { design } from './builder';
import { canvasTextEntries } from './canvasText';
import type { PipelineDocument } from './document';
import { groupMembers, groupsBackToFront } from './groupMembers';

/** Two nodes at (0, 0) and (260, 0), and one far away at (1300, 0). */
function pipeline(): PipelineDocument {
  return design({
    title: 'Feed',
    nodes: [
      { id: 'src', service: 'source', at: [0, 0] },
      { id: 'kds', service: 'kinesis-data-streams', at: [1, 0] },
      { id: 'far', service: 's3', at: [5, 0] },
    ],
    flows: ['src>kds>far'],
  });
}

function withFrameAndNote(): PipelineDocument {
  return applyOps(pipeline(), [
    { op: 'addGroup', kind: 'vpc', position: { x: -40, y: -72 }, size: { width: 560, height: 200 } },
    { op: 'addAnnotation', kind: 'sticky', position: { x: 100, y: 20 }, text: 'Replay' },
  ]);
}

describe('frames', () => {
  it('adds a frame with its kind’s label and colour and reports its id as created', () => {
    const { document, created } = applyOpsWithResult(pipeline(), [{ op: 'addGroup', kind: 'region', position: { x: 0.4, y: 10 }, size: { width: 600, height: 300 } }]);
    expect(document.groups).toEqual([{ id: 'group-1', kind: 'region', label: 'Region', colour: 'blue', position: { x: 0, y: 10 }, size: { width: 600, height: 300 } }]);
    expect(created.objects).toEqual(['group-1']);
  });

  it('moves a frame with the nodes, notes and frames inside it, and nothing else, keeping untouched nodes', () => {
    const before = applyOps(withFrameAndNote(), [{ op: 'addGroup', kind: 'stage', position: { x: -20, y: -50 }, size: { width: 240, height: 160 } }]);
    const after = applyOps(before, [{ op: 'moveGroup', group: 'group-1', x: 60, y: 28 }]);
    expect(after.groups.map((g) => g.position)).toEqual([{ x: 60, y: 28 }, { x: 80, y: 50 }]);
    expect(after.nodes.map((n) => n.position)).toEqual([{ x: 100, y: 100 }, { x: 360, y: 100 }, { x: 1300, y: 0 }]);
    expect(after.annotations[0]!.position).toEqual({ x: 200, y: 120 });
    expect(after.nodes[2]).toBe(before.nodes[2]);
    expect(after.edges).toBe(before.edges);
  });

  it('resizes, relabels, recolours and changes the kind; the members stay', () => {
    const doc = withFrameAndNote();
    const after = applyOps(doc, [
      { op: 'resizeGroup', group: 'group-1', position: { x: -60, y: -80 }, size: { width: 10, height: 400 } },
      { op: 'relabelGroup', group: 'group-1', label: 'Ingest' },
      { op: 'recolourGroup', group: 'group-1', colour: 'orange' },
      { op: 'setGroupKind', group: 'group-1', kind: 'account' },
    ]);
    expect(after.groups[0]).toEqual({ id: 'group-1', kind: 'account', label: 'Ingest', colour: 'orange', position: { x: -60, y: -80 }, size: { width: 160, height: 400 } });
    expect(after.nodes).toBe(doc.nodes);
  });

  it('removes a frame but not what it holds', () => {
    const doc = withFrameAndNote();
    const after = applyOps(doc, [{ op: 'removeGroup', group: 'group-1' }]);
    expect(after.groups).toEqual([]);
    expect(after.nodes).toBe(doc.nodes);
    expect(after.annotations).toBe(doc.annotations);
  });

  it('changes nothing (the same document) for unknown ids, no-op values and invalid numbers', () => {
    const doc = withFrameAndNote();
    expect(
      applyOps(doc, [
        { op: 'moveGroup', group: 'nope', x: 1, y: 1 },
        { op: 'moveGroup', group: 'group-1', x: -40, y: -72 },
        { op: 'moveGroup', group: 'group-1', x: Number.NaN, y: 1 },
        { op: 'relabelGroup', group: 'group-1', label: 'VPC' },
        { op: 'editAnnotation', annotation: 'note-9', text: 'x' },
        { op: 'addGroup', kind: 'vpc', position: { x: Infinity, y: 0 }, size: { width: 300, height: 300 } },
      ]),
    ).toBe(doc);
  });

  it('finds members by centre and draws larger frames first', () => {
    const doc = withFrameAndNote();
    const frame = doc.groups[0]!;
    expect(groupMembers(frame, doc)).toEqual({ nodes: ['src', 'kds'], annotations: ['note-1'], groups: [] });
    const inner = { ...frame, id: 'small', size: { width: 100, height: 100 } };
    expect(groupsBackToFront([inner, frame]).map((g) => g.id)).toEqual(['group-1', 'small']);
  });
});

describe('notes', () => {
  it('adds, moves, resizes, edits and removes a note; undo-able as one document per op list', () => {
    const doc = withFrameAndNote();
    expect(doc.annotations).toEqual([{ id: 'note-1', kind: 'sticky', text: 'Replay', position: { x: 100, y: 20 }, size: { width: 200, height: 160 } }]);
    const edited = applyOps(doc, [
      { op: 'moveAnnotation', annotation: 'note-1', x: 5, y: 6 },
      { op: 'resizeAnnotation', annotation: 'note-1', size: { width: 300, height: 1 } },
      { op: 'editAnnotation', annotation: 'note-1', text: 'Replay 7 days' },
    ]);
    expect(edited.annotations[0]).toEqual({ id: 'note-1', kind: 'sticky', text: 'Replay 7 days', position: { x: 5, y: 6 }, size: { width: 300, height: 32 } });
    expect(doc.annotations[0]!.text).toBe('Replay');
    expect(applyOps(edited, [{ op: 'removeAnnotation', annotation: 'note-1' }]).annotations).toEqual([]);
  });

  it('gives a text note the text size and numbers notes on their own', () => {
    const doc = applyOps(pipeline(), [{ op: 'addAnnotation', kind: 'text', position: { x: 0, y: 0 }, text: 'Hi' }]);
    expect(doc.annotations[0]).toMatchObject({ id: 'note-1', size: { width: 240, height: 48 } });
  });

  it('lists frame labels and note texts for Find', () => {
    expect(canvasTextEntries(withFrameAndNote())).toEqual([
      { kind: 'group', id: 'group-1', text: 'VPC', detail: 'vpc', position: { x: -40, y: -72 } },
      { kind: 'annotation', id: 'note-1', text: 'Replay', detail: 'sticky', position: { x: 100, y: 20 } },
    ]);
  });
});
