/**
 * A short list of id'd items (frames, notes) changed copy-on-write: the array is copied on its first
 * change and untouched items keep their objects. Lookups scan: these lists hold tens of items.
 */
export class DraftList<T extends { id: string }> {
  private copied = false;

  constructor(private items: T[]) {}

  /** The list now: the original array when nothing changed. */
  get current(): T[] {
    return this.items;
  }

  find(id: string): T | undefined {
    return this.items.find((item) => item.id === id);
  }

  add(item: T): void {
    this.writable().push(item);
  }

  /** Replaces an item with `change(item)`; nothing happens when it returns the same object. */
  update(id: string, change: (item: T) => T): void {
    const at = this.items.findIndex((item) => item.id === id);
    if (at < 0) return;
    const item = this.items[at] as T;
    const next = change(item);
    if (next !== item) this.writable()[at] = next;
  }

  remove(id: string): void {
    if (!this.find(id)) return;
    this.items = this.items.filter((item) => item.id !== id);
    this.copied = true;
  }

  private writable(): T[] {
    if (!this.copied) {
      this.items = this.items.slice();
      this.copied = true;
    }
    return this.items;
  }
}
