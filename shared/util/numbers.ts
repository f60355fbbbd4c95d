/** Formatting shared by messages, formulas, the UI and the exporters, so every surface shows the same text. */

// Hand-rolled instead of Intl.NumberFormat: analysis formats tens of thousands of figures per run,
// and Intl was the single largest cost of analysing a 10,000-node design.

/** 1234567 → "1,234,567" for a non-negative whole number. */
function groupThousands(whole: number): string {
  if (whole < 1000) return String(whole);
  const digits = whole < 1e21 ? whole.toFixed(0) : String(whole);
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return out;
}

/** |value| in hundredths, rounded half up to two decimals (no array: this runs for every figure). */
function totalCents(value: number): number {
  return Math.round(Math.abs(value) * 100 + 1e-7);
}

/** 21024 → "21,024"; 2.6667 → "2.67"; 0.5 → "0.5". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const all = totalCents(value);
  const whole = Math.floor(all / 100);
  const cents = all % 100;
  const sign = value < 0 && (whole > 0 || cents > 0) ? '-' : '';
  if (cents === 0) return `${sign}${groupThousands(whole)}`;
  const fraction = cents % 10 === 0 ? String(cents / 10) : cents < 10 ? `0${cents}` : String(cents);
  return `${sign}${groupThousands(whole)}.${fraction}`;
}

/** 42.34 → "$42.34"; 1459.9 → "$1,459.90". */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return `$${value}`;
  const all = totalCents(value);
  const whole = Math.floor(all / 100);
  const cents = all % 100;
  const text = `${groupThousands(whole)}.${cents < 10 ? `0${cents}` : cents}`;
  return value < 0 && (whole > 0 || cents > 0) ? `-$${text}` : `$${text}`;
}

/** A unit price as published, without rounding away its digits: 0.0000166667 → "$0.0000166667". */
const unitPriceCache = new Map<number, string>();

export function formatUnitPrice(value: number): string {
  let text = unitPriceCache.get(value);
  if (text === undefined) {
    text = unitPriceText(value);
    if (unitPriceCache.size < 1000) unitPriceCache.set(value, text);
  }
  return text;
}

function unitPriceText(value: number): string {
  if (value >= 0.01) {
    const fixed = value.toFixed(4).replace(/0+$/, '');
    const [whole = '0', fraction = ''] = fixed.split('.');
    return `$${groupThousands(Number(whole))}.${fraction.padEnd(2, '0')}`;
  }
  // A free (overridden) price has no digits left after trimming: "$0." would be shown, so pad it.
  const small = value.toFixed(10).replace(/0+$/, '');
  return `$${small.endsWith('.') ? `${small}00` : small}`;
}

/** A data rate in MB/s with sensible precision: 6 → "6 MB/s", 0.5556 → "0.56 MB/s". */
export function formatRate(megabytesPerSecond: number): string {
  if (megabytesPerSecond >= 100) return `${formatNumber(Math.round(megabytesPerSecond))} MB/s`;
  if (megabytesPerSecond >= 0.01) return `${formatNumber(megabytesPerSecond)} MB/s`;
  const kilobytes = megabytesPerSecond * 1000;
  return `${formatNumber(kilobytes)} KB/s`;
}

/** Ceiling that ignores floating-point dust (6.000000000001 → 6). */
export function ceilClean(value: number): number {
  return Math.ceil(value - 1e-9);
}

/** Rounds a currency amount to cents for comparisons and totals shown to people. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "1 node", "3 nodes": a count with its noun, for formulas and messages. Plural is the noun + "s" unless given. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
