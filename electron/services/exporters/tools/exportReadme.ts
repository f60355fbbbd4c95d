/**
 * `npm run export:readme`: writes the Q1 answer's study sheet for the README, as the SVG and PNG (2x)
 * an export from the app or `pipeboard export` would give: docs/q1-answer-study-sheet.{svg,png}.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../../shared/analysis/analyze';
import { exportSvg } from '../../../../shared/export/svg/exportSvg';
import { writeFileAtomic } from '../../atomicWrite';
import { nodeIconSource } from '../icons';
import { renderPng } from '../png';
import { referenceDocument } from './reference';

const docs = fileURLToPath(new URL('../../../../docs/', import.meta.url));
mkdirSync(docs, { recursive: true });
const document = referenceDocument();
const svg = exportSvg(document, analyze(document), { theme: 'light', include: { cost: true, issues: true, notes: true }, icons: nodeIconSource });
const png = renderPng(svg, document, 2).png;
await writeFileAtomic(`${docs}q1-answer-study-sheet.svg`, svg);
await writeFileAtomic(`${docs}q1-answer-study-sheet.png`, png);
console.log(`wrote docs/q1-answer-study-sheet.svg (${Buffer.byteLength(svg)} bytes) and docs/q1-answer-study-sheet.png (${png.byteLength} bytes)`);
