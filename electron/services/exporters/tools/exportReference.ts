/**
 * `npm run export:reference`: regenerates the pixel-check reference, the Q1 answer's study sheet as a
 * 2x light PNG. Run it after an intended change to the sheet's look, view the file, and commit it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { referenceDocument, renderReference } from './reference';

const out = fileURLToPath(new URL('../__fixtures__/q1-answer.reference.png', import.meta.url));
const png = renderReference(referenceDocument());
writeFileSync(out, png);
console.log(`wrote ${out} (${png.byteLength} bytes)`);
