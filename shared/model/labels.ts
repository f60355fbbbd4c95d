import { catalog } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';

/** `base`, or `base 2`, `base 3`, … the first not in `taken`. */
export function uniqueLabel(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base} ${k}`)) return `${base} ${k}`;
}

/**
 * A node's label after its service changes. A label that is still the old service's short name, or
 * that name followed by a number ("Firehose 2"), follows the new service ("Kinesis Data Streams 2");
 * any other label was chosen by someone and stays.
 */
export function labelAfterServiceChange(label: string, from: ServiceId, to: ServiceId): string {
  const oldName = catalog[from].shortName;
  const newName = catalog[to].shortName;
  if (label === oldName) return newName;
  const suffix = label.startsWith(`${oldName} `) ? label.slice(oldName.length + 1) : '';
  return /^\d+$/.test(suffix) ? `${newName} ${suffix}` : label;
}
