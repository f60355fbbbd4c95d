/**
 * Defines `key` on `target` as an own enumerable property computed on its first read, then kept as a
 * plain value. JSON.stringify, spread and structuredClone read it like any other property, so a caller
 * cannot tell it apart from an eager one; a caller that never reads it never pays for it.
 */
export function lazyProperty<T extends object, K extends keyof T & string>(target: T, key: K, compute: () => T[K]): void {
  let forTarget = pending.get(target);
  if (forTarget === undefined) pending.set(target, (forTarget = new Map()));
  forTarget.set(key, compute);
  Object.defineProperty(target, key, accessorOf(key));
}

/** What each object's lazy properties compute, until read. */
const pending = new WeakMap<object, Map<string, () => unknown>>();

/**
 * One getter and setter per property name, shared by every object: V8 then reuses one hidden class for
 * all of them, where a closure per object would mint a new one each time (and slow every later GC).
 */
const accessors = new Map<string, PropertyDescriptor>();

function accessorOf(key: string): PropertyDescriptor {
  let accessor = accessors.get(key);
  if (accessor === undefined) {
    accessor = {
      enumerable: true,
      configurable: true,
      get(this: object): unknown {
        const value = pending.get(this)?.get(key)?.();
        settle(this, key, value);
        return value;
      },
      set(this: object, value: unknown): void {
        settle(this, key, value);
      },
    };
    accessors.set(key, accessor);
  }
  return accessor;
}

function settle(target: object, key: string, value: unknown): void {
  pending.get(target)?.delete(key);
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
