import { catalog, type ServiceId } from '../../shared/catalog/index';
import { iconUrl } from './icons';

/** A service's icon; decorative, since its name is always shown next to it. */
export function ServiceIcon({ service, size = 32 }: { service: ServiceId; size?: number }) {
  const url = iconUrl(catalog[service].icon);
  if (!url) return <span className="service-icon service-icon--missing" style={{ width: size, height: size }} aria-hidden="true" />;
  return <img className="service-icon" src={url} width={size} height={size} alt="" draggable={false} loading="lazy" decoding="async" />;
}
