import { analyze } from '../../../../shared/analysis/analyze';
import { exportSvg } from '../../../../shared/export/svg/exportSvg';
import type { PipelineDocument } from '../../../../shared/model/document';
import { EXAMPLES } from '../../../../shared/scenarios/index';
import { nodeIconSource } from '../icons';
import { renderPng } from '../png';

/** The fixed document of the pixel check and the README picture: the Q1 answer. */
export function referenceDocument(): PipelineDocument {
  return EXAMPLES.find((example) => example.id === 'q1-answer')!.document;
}

/** The reference rendering: full sheet, light theme, 2x. */
export function renderReference(document: PipelineDocument, scale = 2): Uint8Array {
  const svg = exportSvg(document, analyze(document), { theme: 'light', include: { cost: true, issues: true, notes: true }, icons: nodeIconSource });
  return renderPng(svg, document, scale).png;
}
