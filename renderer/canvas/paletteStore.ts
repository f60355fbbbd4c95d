import { create } from 'zustand';
import { CATEGORIES, isServiceId, type Category, type ServiceId } from '../../shared/catalog/index';

/**
 * The palette's folded categories and recently used services: preferences of this computer, kept in
 * localStorage like the other view preferences (see store/viewPreferences.ts).
 */
const FOLDED_KEY = 'pipeboard.paletteFolded';
const RECENT_KEY = 'pipeboard.recentServices';
const RECENT_LIMIT = 5;

const isCategory = (value: unknown): value is Category => typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
const isService = (value: unknown): value is ServiceId => typeof value === 'string' && isServiceId(value);

/** The recently used list after using `service`: it moves to the front, the list keeps the last five. */
export function withRecent(recent: readonly ServiceId[], service: ServiceId): ServiceId[] {
  return [service, ...recent.filter((id) => id !== service)].slice(0, RECENT_LIMIT);
}

/** A stored list, keeping only values it still knows (a service a newer version added, a renamed category, are dropped). */
export function parseStoredList<T>(text: string | null | undefined, keep: (value: unknown) => value is T, limit: number): T[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed) ? [...new Set(parsed.filter(keep))].slice(0, limit) : [];
  } catch {
    return [];
  }
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, list: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(list));
  } catch {
    // Storage refused (private mode): the choice lasts until the window closes.
  }
}

interface PaletteState {
  folded: readonly Category[];
  recent: readonly ServiceId[];
  toggleFolded(category: Category): void;
  /** A service was dropped or added from the palette. */
  used(service: ServiceId): void;
}

export const usePaletteStore = create<PaletteState>()((set, get) => ({
  folded: parseStoredList(read(FOLDED_KEY), isCategory, CATEGORIES.length),
  recent: parseStoredList(read(RECENT_KEY), isService, RECENT_LIMIT),
  toggleFolded(category) {
    const folded = get().folded.includes(category) ? get().folded.filter((c) => c !== category) : [...get().folded, category];
    set({ folded });
    write(FOLDED_KEY, folded);
  },
  used(service) {
    const recent = withRecent(get().recent, service);
    set({ recent });
    write(RECENT_KEY, recent);
  },
}));
