/** Display formatting only: the engine computes every figure. */

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const smallMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 10 });

export function formatMoney(amount: number): string {
  return money.format(amount);
}

/** A unit price keeps its significant digits ($0.0000166667). */
export function formatUnitPrice(amount: number): string {
  return smallMoney.format(amount);
}

export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}
