/** Formatting shared by messages, formulas, the UI and the exporters, so every surface shows the same text. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 21024 → "21,024"; 2.6667 → "2.67". */
export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** 42.34 → "$42.34"; 1459.9 → "$1,459.90". */
export function formatMoney(value: number): string {
  const text = money.format(Math.abs(value));
  return value < 0 ? `-$${text}` : `$${text}`;
}

/** A unit price as published, without rounding away its digits: 0.0000166667 → "$0.0000166667". */
export function formatUnitPrice(value: number): string {
  if (value >= 0.01) {
    const fixed = value.toFixed(4).replace(/0+$/, '');
    const [whole = '0', fraction = ''] = fixed.split('.');
    return `$${grouped.format(Number(whole))}.${fraction.padEnd(2, '0')}`;
  }
  return `$${value.toFixed(10).replace(/0+$/, '')}`;
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
