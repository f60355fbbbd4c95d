import { formatNumber } from '../util/numbers';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Seconds as people say them: "45 s", "15 min", "6 h", "7 d" (one decimal at most). */
export function secondsLabel(seconds: number): string {
  const tenth = (value: number) => formatNumber(Math.round(value * 10) / 10);
  if (seconds < 2 * MINUTE) return `${tenth(seconds)} s`;
  if (seconds < HOUR) return `${tenth(seconds / MINUTE)} min`;
  if (seconds < 2 * DAY) return `${tenth(seconds / HOUR)} h`;
  return `${tenth(seconds / DAY)} d`;
}

const CADENCES: readonly [seconds: number, word: string][] = [
  [HOUR, 'hourly'],
  [DAY, 'daily'],
  [7 * DAY, 'weekly'],
  [30.4 * DAY, 'monthly'],
];

/** A schedule's period as a cadence: "weekly" for 4.35 runs in a 730-hour month, else "every 15 min". */
export function cadenceLabel(periodSeconds: number): string {
  for (const [seconds, word] of CADENCES) if (Math.abs(periodSeconds - seconds) <= seconds * 0.02) return word;
  return `every ${secondsLabel(periodSeconds)}`;
}
