import type { LoadResult } from '../../format/index';
import { base64Decode } from '../../util/bytes';
import { damagedDesign, loadEmbeddedDesign, noDesignInside } from '../designInside';
import { PIPEBOARD_SVG_NAMESPACE, SVG_NAMESPACE } from './exportSvg';
import { scanSvgForElement, type SvgDesignScan } from './scanSvg';
import { XmlError } from './xml';

/**
 * The design inside an SVG that Pipeboard exported: `<metadata><pipeboard:document>` holds the
 * canonical JSON as base64 with its length and CRC-32. Found by namespace, not prefix, so an editor that
 * renames the prefix does not lose it. A foreign SVG, a damaged payload or an invalid design each get a
 * clear refusal; a valid one is loaded (and migrated) like a .pipeboard.json file.
 */
export function readSvgDocument(svgText: string): LoadResult {
  let scan: SvgDesignScan;
  try {
    scan = scanSvgForElement(svgText.replace(/^\uFEFF/, ''), PIPEBOARD_SVG_NAMESPACE, 'document');
  } catch (error) {
    const detail = error instanceof XmlError ? error.message : 'unreadable';
    return noDesignInside(`The file is not a well-formed SVG image (${detail}).`);
  }
  if (scan.rootLocal !== 'svg' || scan.rootNamespace !== SVG_NAMESPACE) {
    return noDesignInside('The file is XML but not an SVG image.');
  }
  const carrier = scan.carrier;
  if (!carrier) {
    return noDesignInside('Only SVG and PNG images exported by Pipeboard carry a design; this SVG has none.');
  }
  const encoding = carrier.attributes.get('encoding');
  if (encoding !== 'base64') return damagedDesign(`The embedded design uses an unknown encoding (${encoding ?? 'none'}).`);
  const bytes = base64Decode(carrier.text);
  if (!bytes) return damagedDesign('The embedded design is not valid base64.');
  const length = carrier.attributes.get('bytes');
  const checksum = carrier.attributes.get('crc32');
  return loadEmbeddedDesign(bytes, {
    ...(length !== undefined && /^\d+$/.test(length) ? { bytes: Number(length) } : {}),
    ...(checksum !== undefined && /^[0-9a-f]{8}$/i.test(checksum) ? { crc32: parseInt(checksum, 16) } : {}),
  });
}
