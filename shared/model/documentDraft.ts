import { defaultParams } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import type { Annotation, CanvasGroup } from './canvasObjects';
import type { Needs, PipelineDocument, PipelineEdge, PipelineNode, Settings } from './document';
import { DraftList } from './draftList';
import { freshId, usedIds } from './ids';

/** Ids of the nodes, edges, frames and notes an op list created, in the order it created them. */
export interface CreatedIds {
  nodes: string[];
  edges: string[];
  /** Frames and notes. */
  objects: string[];
}

/**
 * A document being changed by a list of ops. Copy-on-write: arrays are copied on their first change
 * and untouched nodes and edges keep their objects. Lookups by id go through indexes built once per
 * op list, on first use, so an op costs what it touches rather than a scan of the document (bypassing
 * a node scans the edges once; it is a rare fix). Removals are marked and swept once in `finish`.
 */
export class DocumentDraft {
  readonly created: CreatedIds = { nodes: [], edges: [], objects: [] };
  /** Frames on the canvas (not part of the pipeline). */
  readonly groups: DraftList<CanvasGroup>;
  /** Notes on the canvas (not part of the pipeline). */
  readonly annotations: DraftList<Annotation>;
  private nodes: PipelineNode[];
  private edges: PipelineEdge[];
  private nodesCopied = false;
  private edgesCopied = false;
  private title: string;
  private notes: string;
  private needs: Needs;
  private settings: Settings;
  private readonly removedNodes = new Set<string>();
  private readonly removedEdges = new Set<string>();
  private nodeIndex: Map<string, number> | null = null;
  private edgeIds: Set<string> | null = null;
  private edgePairs: Set<string> | null = null;
  private labels: Set<string> | null = null;
  private ids: Set<string> | null = null;

  constructor(private readonly original: PipelineDocument) {
    this.nodes = original.nodes;
    this.edges = original.edges;
    this.title = original.title;
    this.notes = original.notes;
    this.needs = original.needs;
    this.settings = original.settings;
    this.groups = new DraftList(original.groups);
    this.annotations = new DraftList(original.annotations);
  }

  // Nodes

  node(id: string): PipelineNode | undefined {
    if (this.removedNodes.has(id)) return undefined;
    const at = this.indexOfNodes().get(id);
    return at === undefined ? undefined : this.nodes[at];
  }

  /** Replaces a node with `change(node)`; nothing happens when it returns the same object. */
  updateNode(id: string, change: (node: PipelineNode) => PipelineNode): void {
    const node = this.node(id);
    if (!node) return;
    const next = change(node);
    if (next === node) return;
    if (!this.nodesCopied) {
      this.nodes = this.nodes.slice();
      this.nodesCopied = true;
    }
    this.nodes[this.indexOfNodes().get(id)!] = next;
    if (next.label !== node.label) this.labels = null;
  }

  /** Adds a node with a fresh id based on `service` and returns it. */
  addNode(fields: Omit<PipelineNode, 'id'>): PipelineNode {
    const node: PipelineNode = { ...fields, id: freshId(fields.service, this.usedIds()) };
    if (!this.nodesCopied) {
      this.nodes = this.nodes.slice();
      this.nodesCopied = true;
    }
    this.indexOfNodes().set(node.id, this.nodes.length);
    this.nodes.push(node);
    this.labels?.add(node.label);
    this.created.nodes.push(node.id);
    return node;
  }

  newServiceNode(service: ServiceId, label: string, x: number, y: number): PipelineNode {
    return this.addNode({ service, label, position: { x, y }, params: defaultParams(service) });
  }

  removeNode(id: string): void {
    if (!this.node(id)) return;
    this.removedNodes.add(id);
    this.labels = null;
  }

  /** Labels of the nodes now in the draft. */
  nodeLabels(): ReadonlySet<string> {
    this.labels ??= new Set(this.liveNodes().map((n) => n.label));
    return this.labels;
  }

  // Edges

  hasEdge(id: string): boolean {
    this.edgeIds ??= new Set(this.edges.map((e) => e.id));
    return this.edgeIds.has(id) && !this.removedEdges.has(id);
  }

  hasEdgeBetween(source: string, target: string): boolean {
    this.edgePairs ??= new Set(this.liveEdges().map((e) => pairKey(e.source, e.target)));
    return this.edgePairs.has(pairKey(source, target));
  }

  /** Edges now in the draft that are not marked removed (their ends may be). */
  liveEdges(): PipelineEdge[] {
    return this.removedEdges.size === 0 ? this.edges : this.edges.filter((e) => !this.removedEdges.has(e.id));
  }

  /** Adds `source → target` unless it is a self-loop or already there; returns the new edge's id. */
  addEdge(source: string, target: string): string | undefined {
    if (source === target || this.hasEdgeBetween(source, target)) return undefined;
    const edge: PipelineEdge = { id: freshId(`e-${source}-${target}`, this.usedIds()), source, target };
    if (!this.edgesCopied) {
      this.edges = this.edges.slice();
      this.edgesCopied = true;
    }
    this.edges.push(edge);
    this.edgeIds?.add(edge.id);
    this.edgePairs?.add(pairKey(source, target));
    this.created.edges.push(edge.id);
    return edge.id;
  }

  removeEdge(id: string): void {
    if (!this.hasEdge(id)) return;
    this.removedEdges.add(id);
    this.edgePairs = null;
  }

  // Frames and notes

  addGroup(fields: Omit<CanvasGroup, 'id'>): CanvasGroup {
    const group: CanvasGroup = { ...fields, id: freshId('group', this.usedIds()) };
    this.groups.add(group);
    this.created.objects.push(group.id);
    return group;
  }

  addAnnotation(fields: Omit<Annotation, 'id'>): Annotation {
    const note: Annotation = { ...fields, id: freshId('note', this.usedIds()) };
    this.annotations.add(note);
    this.created.objects.push(note.id);
    return note;
  }

  // Document fields

  get meta(): { title: string; notes: string; needs: Needs; settings: Settings } {
    return { title: this.title, notes: this.notes, needs: this.needs, settings: this.settings };
  }

  setTitle(title: string): void {
    this.title = title;
  }

  setNotes(notes: string): void {
    this.notes = notes;
  }

  setNeeds(needs: Needs): void {
    this.needs = needs;
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
  }

  /**
   * The changed document, or the original object when nothing changed. Edges whose ends are gone
   * (removed now, or missing in the document given) are dropped.
   */
  finish(): PipelineDocument {
    const nodes = this.removedNodes.size === 0 ? this.nodes : this.liveNodes();
    const present = this.removedNodes.size === 0 ? this.indexOfNodes() : new Set(nodes.map((n) => n.id));
    const live = this.liveEdges();
    const edges = live.every((e) => present.has(e.source) && present.has(e.target)) ? live : live.filter((e) => present.has(e.source) && present.has(e.target));
    const doc = this.original;
    const unchanged =
      nodes === doc.nodes &&
      edges === doc.edges &&
      this.title === doc.title &&
      this.notes === doc.notes &&
      this.needs === doc.needs &&
      this.settings === doc.settings &&
      this.groups.current === doc.groups &&
      this.annotations.current === doc.annotations;
    if (unchanged) return doc;
    const { title, notes, needs, settings } = this;
    return { ...doc, title, notes, needs, settings, nodes, edges, groups: this.groups.current, annotations: this.annotations.current };
  }

  /** Nodes now in the draft that are not marked removed. */
  liveNodes(): PipelineNode[] {
    return this.removedNodes.size === 0 ? this.nodes : this.nodes.filter((n) => !this.removedNodes.has(n.id));
  }

  private indexOfNodes(): Map<string, number> {
    if (!this.nodeIndex) {
      this.nodeIndex = new Map();
      this.nodes.forEach((node, i) => this.nodeIndex!.set(node.id, i));
    }
    return this.nodeIndex;
  }

  /** Ids in use, including those removed by earlier ops of this list (never handed out again). */
  private usedIds(): Set<string> {
    this.ids ??= usedIds(this.original);
    return this.ids;
  }
}

function pairKey(source: string, target: string): string {
  // JSON keeps "a>b" + "c" and "a" + "b>c" apart.
  return JSON.stringify([source, target]);
}
