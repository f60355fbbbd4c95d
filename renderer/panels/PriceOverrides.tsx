import { memo } from 'react';
import { PRICE_KEYS } from '../../shared/cost/priceKeys';
import { priceTable } from '../../shared/cost/priceTable';
import { useDocumentStore } from '../store/documentStore';
import { formatUnitPrice } from '../../shared/util/numbers';
import { NumberField } from './NumberField';

/** Every price the engine uses, each overridable; an empty field means the list price. */
function PriceOverridesView() {
  const prices = useDocumentStore((s) => s.doc.settings.prices);
  const count = Object.keys(prices).length;
  const store = () => useDocumentStore.getState();
  return (
    <details className="inspector__section price-overrides">
      <summary>
        Price overrides{count ? ` (${count})` : ''}
      </summary>
      <p className="field__help">Empty means the list price (us-east-1). Overridden prices are marked in the cost sheet.</p>
      {PRICE_KEYS.map((key) => {
        const entry = priceTable[key];
        return (
          <NumberField
            key={key}
            spec={{ label: key, unit: `USD/${entry.unit}`, min: 0, max: 1_000_000, optional: true }}
            value={prices[key]}
            placeholder={`${entry.approximate ? '≈' : ''}${formatUnitPrice(entry.price)}`}
            help={entry.description}
            onCommit={(v) => store().commit([{ op: 'setPriceOverride', key, value: v ?? null }], { coalesceKey: `price:${key}` })}
            onBlur={() => store().sealHistory()}
          />
        );
      })}
    </details>
  );
}

export const PriceOverrides = memo(PriceOverridesView);
