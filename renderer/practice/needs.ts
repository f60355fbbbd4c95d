import type { Needs } from '../../shared/model/document';
import { formatMoney, formatNumber } from '../../shared/util/numbers';

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
    needs.replayHours > 0
      ? { label: 'Replay window', value: `${formatNumber(needs.replayHours)} h`, active: true }
      : { label: 'Replay window', value: 'None', active: false },
    flag('Request-time inputs', needs.requestTimeFeatures),
    flag('Least operational overhead', needs.leastOperationalOverhead),
    needs.budgetPerMonth === undefined
      ? { label: 'Budget', value: 'No limit', active: false }
      : { label: 'Budget', value: `${formatMoney(needs.budgetPerMonth)}/month`, active: true },
  ];
}
