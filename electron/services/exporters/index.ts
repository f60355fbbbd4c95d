export { exportDesign, EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_MEDIA_TYPES, PNG_SCALES, type ExportDesignOptions, type ExportedDesign, type ExportFormat } from './exportDesign';
export { exportPdf, PAPER_SIZES, type Paper, type PdfExportOptions } from './pdf';
export { renderPng, readPngDocument, type PngResult } from './png';
export { openDesignFile, type OpenedDesign } from './openDesignFile';
export { nodeIconSource } from './icons';
export { fontFaces, setFontFolder, DEFAULT_FONT_FAMILY } from './fonts';
export { exportSvg } from '../../../shared/export/svg/exportSvg';
export { readSvgDocument } from '../../../shared/export/svg/readSvg';
export type { IconSource } from '../../../shared/export/svg/icons';
