import type { Band, Sheet } from '../../../shared/export/sheet/types';

/** Fills pages with the sheet's bands, breaking only between bands and repeating a table's header band. */

/** Where a page's content starts, and the room kept at its foot for the page footer (px of the sheet). */
const TOP_MARGIN = 40;
export const BOTTOM_RESERVE = 46;

interface Placed {
  band: Band;
  top: number;
}

/** Fills pages with bands: the diagram on the first page, tables broken between rows with their header repeated. */
export function paginate(sheet: Sheet, pageHeight: number): Placed[][] {
  const limit = pageHeight - BOTTOM_RESERVE;
  const pages: Placed[][] = [[]];
  let y = 0;
  const bands = sheet.bands;
  for (let k = 0; k < bands.length; k++) {
    const band = bands[k]!;
    let needed = band.height;
    if (band.keepWithNext && bands[k + 1]) needed += bands[k + 1]!.height;
    if (y > TOP_MARGIN && y + needed > limit && band.kind !== 'footer') {
      pages.push([]);
      y = TOP_MARGIN;
      if (band.header && band.kind === 'row') {
        pages.at(-1)!.push({ band: band.header, top: y });
        y += band.header.height;
      }
    } else if (band.kind === 'footer' && y + band.height > limit && y > TOP_MARGIN) {
      pages.push([]);
      y = TOP_MARGIN;
    }
    pages.at(-1)!.push({ band, top: y });
    y += band.height;
  }
  return pages;
}
