import type { DragEvent } from 'react';
import type { ServiceDefinition } from '../../shared/catalog/index';
import { SERVICE_MIME } from './dragData';
import { ServiceIcon } from './ServiceIcon';

interface Props {
  service: ServiceDefinition;
  /** Told apart from the same service's item in its category ("Add S3 (recently used)"). */
  recent?: boolean;
  tabbable: boolean;
  describedBy: string | undefined;
  onActivate(): void;
  onShowTip(element: HTMLElement): void;
  onHideTip(): void;
}

export function PaletteItem({ service, recent = false, tabbable, describedBy, onActivate, onShowTip, onHideTip }: Props) {
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(SERVICE_MIME, service.id);
    event.dataTransfer.setData('text/plain', service.name);
    event.dataTransfer.effectAllowed = 'copy';
    onHideTip();
  };
  return (
    <button
      type="button"
      className="palette-item"
      draggable
      tabIndex={tabbable ? 0 : -1}
      data-service={service.id}
      aria-label={`Add ${service.shortName}${recent ? ' (recently used)' : ''}`}
      aria-describedby={describedBy}
      onClick={onActivate}
      onDragStart={onDragStart}
      onMouseEnter={(e) => onShowTip(e.currentTarget)}
      onMouseLeave={onHideTip}
      onFocus={(e) => onShowTip(e.currentTarget)}
      onBlur={onHideTip}
    >
      <ServiceIcon service={service.id} size={24} />
      <span className="palette-item__name">{service.shortName}</span>
    </button>
  );
}
