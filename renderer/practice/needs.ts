import type { Needs } from '../../shared/model/document';
import { formatMoney } from '../../shared/util/numbers';

export interface NeedLine {
  label: string;
  value: string;
  /** Whether the need constrains the design (a budget, or a flag that is on). */
  active: boolean;
}

/** The scenario's needs as the design inspector names them. */
export function describeNeeds(needs: Needs): NeedLine[] {
  const flag = (label: string, on: boolean): NeedLine => ({ label, value: on ? 'Required' : 'Not required', active: on });
  return [
    flag('Kafka ecosystem', needs.kafkaEcosystem),
    flag('Exactly-once processing', needs.exactlyOnce),
    flag('Replay', needs.replay),
    flag('Least operational overhead', needs.leastOperationalOverhead),
    needs.budgetPerMonth === undefined
      ? { label: 'Budget', value: 'No limit', active: false }
      : { label: 'Budget', value: `${formatMoney(needs.budgetPerMonth)}/month`, active: true },
  ];
}
