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

// One formatter per precision: `toLocaleString` builds a new formatter on every call, which was
// most of the cost sheet's render time on large designs.
const numbers = [0, 2, 4].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  return (numbers[magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2] as Intl.NumberFormat).format(value);
}
