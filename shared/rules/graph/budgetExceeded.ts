import { formatMoney, roundCents } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

const NAMED_LINE_ITEMS = 3;

export const budgetExceeded = defineRule({
  id: 'budget-exceeded',
  family: 'graph',
  exam: ['MLS-C01 4.2', 'MLA-C01 4.2'],
  severity: 'error',
  firesWhen: 'the monthly total exceeds the design’s budget',
  why: 'When a question states a budget, it is a hard constraint: a design that breaks it is wrong even if it works. Start with the largest line items.',
  check(ctx) {
    const budget = ctx.document.needs.budgetPerMonth;
    if (budget === undefined) return [];
    let total = 0;
    for (const amount of ctx.nodeCost) total += amount;
    // Compared in cents, as shown: floating-point dust must not put a total "over" an equal budget.
    if (roundCents(total) <= roundCents(budget)) return [];
    const biggest = ctx.nodes
      .map((node, i) => ({ node, amount: ctx.nodeCost[i]! }))
      .filter((entry) => entry.amount > 0)
      .sort((a, b) => b.amount - a.amount)
      .slice(0, NAMED_LINE_ITEMS);
    return [
      issueOf(this, {
        nodes: biggest.map((entry) => entry.node.id),
        message: `${formatMoney(total)}/month is over the ${formatMoney(budget)} budget; biggest: ${biggest.map((entry) => `${nameOf(entry.node)} ${formatMoney(entry.amount)}`).join(', ')}.`,
      }),
    ];
  },
});
