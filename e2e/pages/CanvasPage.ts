import { expect, type Locator, type Page } from '@playwright/test';

export type HandleType = 'source' | 'target';

/** The React Flow canvas: node cards, handles, edges and their labels. */
export class CanvasPage {
  readonly root: Locator;
  readonly pane: Locator;
  /** Every node card (not the React Flow wrapper). */
  readonly nodes: Locator;
  readonly edges: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.canvas');
    this.pane = this.root.locator('.react-flow__pane');
    this.nodes = this.root.locator('.service-node');
    this.edges = this.root.locator('.react-flow__edge');
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  /** React Flow's wrapper of a node (focusable, selectable). */
  wrapper(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  badge(id: string): Locator {
    return this.page.getByTestId(`node-badge-${id}`);
  }

  edge(id: string): Locator {
    return this.page.getByTestId(`rf__edge-${id}`);
  }

  edgeLabel(edgeId: string): Locator {
    return this.page.getByTestId(`edge-label-${edgeId}`);
  }

  handle(id: string, type: HandleType): Locator {
    return this.node(id).locator(`.react-flow__handle.${type}`);
  }

  selectedNodes(): Locator {
    return this.root.locator('.service-node.is-selected');
  }

  /** Ids of the nodes on the canvas, in document order. */
  async nodeIds(): Promise<string[]> {
    return this.nodes.evaluateAll((cards) => cards.map((card) => (card.getAttribute('data-testid') ?? '').replace(/^node-/, '')));
  }

  /** Ids of the edges on the canvas. */
  async edgeIds(): Promise<string[]> {
    return this.edges.evaluateAll((edges) => edges.map((edge) => (edge.getAttribute('data-testid') ?? '').replace(/^rf__edge-/, '')));
  }

  /** The node whose card shows `label`. */
  nodeByLabel(label: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.service-node__label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  }

  /**
   * Drags a palette item onto the canvas (HTML5 drag and drop) and drops it at `at`, relative to
   * the canvas' top-left corner. Returns the id of the node that appeared.
   */
  async dropFromPalette(item: Locator, at: { x: number; y: number }): Promise<string> {
    const before = new Set(await this.nodeIds());
    await item.dragTo(this.pane, { targetPosition: at });
    let added: string[] = [];
    await expect
      .poll(async () => {
        added = (await this.nodeIds()).filter((id) => !before.has(id));
        return added.length;
      })
      .toBe(1);
    return added[0]!;
  }

  /** Centre of an element in page coordinates. */
  private async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('The element is not visible.');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Drags a connection with the mouse from `fromId`'s output handle towards `toId`'s input
   * handle. `whileOver` runs with the button still held over the target (to check how the canvas
   * marks it); then the mouse is released there.
   */
  async dragConnection(fromId: string, toId: string, whileOver?: () => Promise<void>): Promise<void> {
    const start = await this.centre(this.handle(fromId, 'source'));
    const targetHandle = this.handle(toId, 'target');
    const end = (await targetHandle.count()) > 0 ? await this.centre(targetHandle) : await this.centre(this.node(toId));
    const mouse = this.page.mouse;
    await mouse.move(start.x, start.y);
    await mouse.down();
    // Several steps, as a hand would: React Flow starts a connection after the pointer moves.
    await mouse.move(start.x + 12, start.y + 6, { steps: 3 });
    await mouse.move(end.x, end.y, { steps: 12 });
    if (whileOver) await whileOver();
    await mouse.up();
  }

  /** Connects two nodes handle to handle; waits for the edge to appear and returns its id. */
  async connect(fromId: string, toId: string): Promise<string> {
    const before = new Set(await this.edgeIds());
    await this.dragConnection(fromId, toId);
    let added: string[] = [];
    await expect
      .poll(async () => {
        added = (await this.edgeIds()).filter((id) => !before.has(id));
        return added.length;
      }, { message: `an edge ${fromId} → ${toId}` })
      .toBe(1);
    return added[0]!;
  }

  /** Clicks a node card (selects it alone). */
  async select(id: string): Promise<void> {
    await this.node(id).click();
    await expect(this.node(id)).toHaveClass(/\bis-selected\b/);
  }

  /** Clicks an empty spot of the canvas (clears the selection). */
  async clickEmpty(at = { x: 20, y: 20 }): Promise<void> {
    await this.pane.click({ position: at });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
