import type { ExportFormat, ExportInclude } from '../../shared/ipc/contract';
import { titleSlug } from '../commands/paths';

/** What the Export dialog asks, remembered between exports in `AppSettings.exportChoices`. */
export interface ExportChoices {
  format: ExportFormat;
  theme: 'light' | 'dark';
  scale: 1 | 2 | 3;
  paper: 'a4' | 'letter';
  include: ExportInclude;
}

export const DEFAULT_EXPORT_CHOICES: ExportChoices = {
  format: 'png',
  theme: 'light',
  scale: 2,
  paper: 'a4',
  include: { cost: true, issues: true, notes: true },
};

export interface FormatInfo {
  format: ExportFormat;
  label: string;
  /** One line under the label in the dialog. */
  hint: string;
  extension: string;
}

export const FORMATS: readonly FormatInfo[] = [
  { format: 'png', label: 'PNG image', hint: 'For slides and notes; reopens as the design', extension: '.png' },
  { format: 'svg', label: 'SVG image', hint: 'Sharp at any size; reopens as the design', extension: '.svg' },
  { format: 'pdf', label: 'PDF document', hint: 'Landscape pages with selectable text', extension: '.pdf' },
  { format: 'md', label: 'Markdown study note', hint: 'Mermaid diagram, cost table and issues; the sheet as an SVG beside it', extension: '.md' },
  { format: 'csv', label: 'CSV cost sheet', hint: 'One row per line item and a total', extension: '.csv' },
  { format: 'json', label: 'JSON design', hint: 'The canonical design file', extension: '.pipeboard.json' },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  return FORMATS.find((entry) => entry.format === format) ?? FORMATS[0]!;
}

/** The options each format uses; the others are shown disabled. */
export function appliesTo(format: ExportFormat): { theme: boolean; scale: boolean; paper: boolean; include: boolean; sheet: boolean } {
  const sheet = format === 'svg' || format === 'png' || format === 'pdf';
  return { theme: sheet || format === 'md', scale: format === 'png', paper: format === 'pdf', include: sheet || format === 'md', sheet };
}

/** "Fraud pipeline" + png → "fraud-pipeline.png". */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${titleSlug(title)}${formatInfo(format).extension}`;
}

type Stored = Record<string, string | number | boolean>;

/** Choices as the flat record settings keep; the keys are the dialog's own. */
export function choicesToSettings(choices: ExportChoices): Stored {
  return {
    format: choices.format,
    theme: choices.theme,
    scale: choices.scale,
    paper: choices.paper,
    includeCost: choices.include.cost,
    includeIssues: choices.include.issues,
    includeNotes: choices.include.notes,
  };
}

function pick<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Remembered choices, each one checked: anything missing or unknown falls back to the default. */
export function choicesFromSettings(stored: Stored | undefined): ExportChoices {
  const d = DEFAULT_EXPORT_CHOICES;
  if (!stored) return d;
  return {
    format: pick(stored.format, FORMATS.map((entry) => entry.format), d.format),
    theme: pick(stored.theme, ['light', 'dark'] as const, d.theme),
    scale: pick(stored.scale, [1, 2, 3] as const, d.scale),
    paper: pick(stored.paper, ['a4', 'letter'] as const, d.paper),
    include: {
      cost: flag(stored.includeCost, d.include.cost),
      issues: flag(stored.includeIssues, d.include.issues),
      notes: flag(stored.includeNotes, d.include.notes),
    },
  };
}
