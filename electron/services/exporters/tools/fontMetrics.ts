/**
 * Writes shared/export/sheet/fontMetrics.ts from the shipped fonts (see ../fontMetricsSource.ts).
 * Run with `npm run export:font-metrics` after changing electron/assets/fonts.
 */
import { writeFileSync } from 'node:fs';
import { FONT_METRICS_FILE, fontMetricsSource } from '../fontMetricsSource';

writeFileSync(FONT_METRICS_FILE, fontMetricsSource());
console.log(`wrote ${FONT_METRICS_FILE}`);
