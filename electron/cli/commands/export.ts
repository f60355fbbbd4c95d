import { stat } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../../shared/analysis/analyze';
import { writeFileAtomic } from '../../services/atomicWrite';
import { describeIoError } from '../../services/ioMessages';
import { exportDesign, EXPORT_EXTENSIONS, EXPORT_FORMATS, PNG_SCALES, type ExportFormat } from '../../services/exporters/exportDesign';
import { PAPER_SIZES, type Paper } from '../../services/exporters/pdf';
import { CliError, EXIT_BAD_INPUT } from '../cliError';
import { printData, printError } from '../output';
import { readDocument } from '../readDocument';

export interface ExportCliOptions {
  format: string;
  out?: string;
  theme?: string;
  scale?: string;
  paper?: string;
  issues: boolean;
  cost: boolean;
  notes: boolean;
}

const bad = (message: string): CliError => new CliError(`pipeboard export: ${message}`, EXIT_BAD_INPUT);

/** The input's name without its design-file extension: `q1.pipeboard.json` → `q1`. */
function baseName(file: string): string {
  return file.replace(/(\.pipeboard)?\.json$/i, '').replace(/\.(svg|png)$/i, '');
}

function defaultOutPath(file: string, format: ExportFormat): string {
  return `${baseName(file)}${EXPORT_EXTENSIONS[format]}`;
}

interface Checked {
  format: ExportFormat;
  theme: 'light' | 'dark';
  scale: number;
  paper: Paper;
}

function checkOptions(options: ExportCliOptions): Checked {
  const format = options.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw bad(`unknown format '${options.format}'; use one of ${EXPORT_FORMATS.join(', ')}.`);
  const chosen = format as ExportFormat;
  if (options.theme !== undefined && !['light', 'dark'].includes(options.theme)) throw bad(`--theme must be light or dark, not '${options.theme}'.`);
  if (options.theme !== undefined && !['svg', 'png', 'pdf', 'md'].includes(chosen)) throw bad(`--theme applies to svg, png, pdf and md (its SVG), not ${chosen}.`);
  if (options.scale !== undefined) {
    if (chosen !== 'png') throw bad(`--scale applies to png only.`);
    if (!(PNG_SCALES as readonly number[]).includes(Number(options.scale)) || !/^\d$/.test(options.scale)) throw bad(`--scale must be 1, 2 or 3, not '${options.scale}'.`);
  }
  if (options.paper !== undefined) {
    if (chosen !== 'pdf') throw bad(`--paper applies to pdf only.`);
    if (!(options.paper.toLowerCase() in PAPER_SIZES)) throw bad(`--paper must be a4 or letter, not '${options.paper}'.`);
  }
  const excluded = [!options.issues && '--no-issues', !options.cost && '--no-cost', !options.notes && '--no-notes'].filter(Boolean);
  if (excluded.length > 0 && (chosen === 'csv' || chosen === 'json')) throw bad(`${excluded.join(', ')} ${excluded.length === 1 ? 'does' : 'do'} not apply to ${chosen}.`);
  return { format: chosen, theme: (options.theme ?? 'light') as 'light' | 'dark', scale: Number(options.scale ?? 2), paper: (options.paper?.toLowerCase() ?? 'a4') as Paper };
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function refuseFolder(target: string): Promise<void> {
  try {
    if ((await stat(target)).isDirectory()) throw bad(`${target} is a folder; give a file name with --out.`);
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
}

async function write(target: string, data: Uint8Array): Promise<void> {
  await refuseFolder(target);
  try {
    await writeFileAtomic(target, data);
  } catch (error) {
    throw new CliError(describeIoError(error, 'write the export to', target), EXIT_BAD_INPUT);
  }
  printData(`Wrote ${target} (${sizeText(data.byteLength)})`);
}

/**
 * `pipeboard export FILE --format …`: the study sheet, Markdown note, cost CSV or canonical JSON, written
 * atomically next to the input (or to --out). Every option is checked before anything is read or
 * written, and the input file is never overwritten.
 */
export async function exportCommand(file: string, options: ExportCliOptions): Promise<void> {
  const checked = checkOptions(options);
  const document = await readDocument(file);
  const out = options.out ?? defaultOutPath(file, checked.format);
  if (path.resolve(out) === path.resolve(file)) throw bad(`the export would overwrite its input ${file}; choose another name with --out.`);
  const include = { issues: options.issues, cost: options.cost, notes: options.notes };
  const analysis = analyze(document);
  if (checked.format === 'md') {
    // The note shows the study sheet from an SVG written beside it.
    const svgPath = /\.md$/i.test(out) ? out.replace(/\.md$/i, '.svg') : `${out}.svg`;
    const reuseInput = path.resolve(svgPath) === path.resolve(file);
    const note = await exportDesign(document, { format: 'md', include, analysis, svgFileName: path.basename(svgPath) });
    if (!reuseInput) {
      const svg = await exportDesign(document, { format: 'svg', include, analysis, theme: checked.theme });
      await write(svgPath, svg.data);
    }
    await write(out, note.data);
    return;
  }
  const exported = await exportDesign(document, { format: checked.format, include, analysis, theme: checked.theme, scale: checked.scale, paper: checked.paper });
  for (const note of exported.notes) printError(note);
  await write(out, exported.data);
}
