import { create } from 'zustand';
import { applyOpsWithResult, type AppliedOps } from '../../shared/model/applyOps';
import { emptyDocument, type PipelineDocument } from '../../shared/model/document';
import type { DocumentOp } from '../../shared/model/ops';
import { emptyHistory, record, redo, seal, undo, type History } from './history';

export interface Selection {
  /** In the order they were selected (Connect uses the first two). */
  nodes: readonly string[];
  edges: readonly string[];
  /** Frames and notes on the canvas (absent: none). */
  objects?: readonly string[];
}

export const EMPTY_SELECTION: Selection = Object.freeze({ nodes: [], edges: [] });

interface CommitOptions {
  /** Consecutive commits with the same key (a drag, typing in one field) form one undo step. */
  coalesceKey?: string;
  /** The selection after the change; `'created'` selects the nodes, frames and notes the ops created. */
  select?: Selection | 'created';
}

interface LoadOptions {
  path?: string | null;
  mtimeMs?: number | null;
  /** A recovered document is unsaved work. */
  dirty?: boolean;
  /** Shown in the title for documents without a path (a dropped file). */
  displayName?: string | null;
}

export interface DocumentState {
  doc: PipelineDocument;
  filePath: string | null;
  mtimeMs: number | null;
  displayName: string | null;
  /** The document as last saved or loaded; dirty means `doc !== savedDoc`. */
  savedDoc: PipelineDocument | null;
  selection: Selection;
  history: History<PipelineDocument>;
  /** Increases each time a different document is loaded (the canvas fits the view then). */
  loadEpoch: number;

  /** Applies an edit to the document as one undo step (or part of the open coalescing step). */
  commit(ops: readonly DocumentOp[], options?: CommitOptions): AppliedOps;
  undo(): void;
  redo(): void;
  /** Ends a coalescing run (drag end, field blur). */
  sealHistory(): void;
  setSelection(selection: Selection): void;
  loadDocument(doc: PipelineDocument, options?: LoadOptions): void;
  markSaved(path: string, mtimeMs: number, saved: PipelineDocument): void;
}

/** Drops ids that no longer exist in the document. */
function pruneSelection(selection: Selection, doc: PipelineDocument): Selection {
  const selectedObjects = selection.objects ?? [];
  if (selection.nodes.length === 0 && selection.edges.length === 0 && selectedObjects.length === 0) return selection;
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const objectIds = new Set([...doc.groups.map((g) => g.id), ...doc.annotations.map((a) => a.id)]);
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  const objects = selectedObjects.filter((id) => objectIds.has(id));
  if (nodes.length === selection.nodes.length && edges.length === selection.edges.length && objects.length === selectedObjects.length) return selection;
  return { nodes, edges, objects };
}

export function createDocumentStore(initial: PipelineDocument = emptyDocument(), now: () => number = Date.now) {
  return create<DocumentState>()((set, get) => ({
    doc: initial,
    filePath: null,
    mtimeMs: null,
    displayName: null,
    savedDoc: initial,
    selection: EMPTY_SELECTION,
    history: emptyHistory(),
    loadEpoch: 0,

    commit(ops, options = {}) {
      const state = get();
      const result = applyOpsWithResult(state.doc, ops);
      const next = result.document;
      const select = options.select === 'created' ? { nodes: result.created.nodes, edges: [], objects: result.created.objects } : options.select;
      if (next === state.doc) {
        if (select) set({ selection: select });
        return result;
      }
      set({
        doc: next,
        history: record(state.history, state.doc, { coalesceKey: options.coalesceKey, now: now() }),
        selection: pruneSelection(select ?? state.selection, next),
      });
      return result;
    },

    undo() {
      const state = get();
      const moved = undo(state.history, state.doc);
      if (!moved) return;
      set({ doc: moved.value, history: moved.history, selection: pruneSelection(state.selection, moved.value) });
    },

    redo() {
      const state = get();
      const moved = redo(state.history, state.doc);
      if (!moved) return;
      set({ doc: moved.value, history: moved.history, selection: pruneSelection(state.selection, moved.value) });
    },

    sealHistory() {
      const history = seal(get().history);
      if (history !== get().history) set({ history });
    },

    setSelection(selection) {
      set({ selection });
    },

    loadDocument(doc, options = {}) {
      set({
        doc,
        filePath: options.path ?? null,
        mtimeMs: options.mtimeMs ?? null,
        displayName: options.displayName ?? null,
        savedDoc: options.dirty ? null : doc,
        selection: EMPTY_SELECTION,
        history: emptyHistory(),
        loadEpoch: get().loadEpoch + 1,
      });
    },

    markSaved(path, mtimeMs, saved) {
      set({ filePath: path, mtimeMs, savedDoc: saved, displayName: null });
    },
  }));
}

/** The app's one document store. */
export const useDocumentStore = createDocumentStore();

export const isDirty = (state: DocumentState): boolean => state.doc !== state.savedDoc;
