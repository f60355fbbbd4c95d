import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_VALUES } from '../../shared/ipc/schemas';
import { appliesTo, choicesFromSettings, choicesToSettings, DEFAULT_EXPORT_CHOICES, exportFileName, FORMATS, type ExportChoices } from './exportChoices';

describe('export choices', () => {
  it('offer every format the bridge takes, once', () => {
    expect(FORMATS.map((entry) => entry.format).sort()).toEqual([...EXPORT_FORMAT_VALUES].sort());
  });

  it('round-trip through the flat settings record', () => {
    const choices: ExportChoices = { format: 'pdf', theme: 'dark', scale: 3, paper: 'letter', include: { cost: false, issues: true, notes: false } };
    const stored = choicesToSettings(choices);
    for (const value of Object.values(stored)) expect(['string', 'number', 'boolean']).toContain(typeof value);
    expect(choicesFromSettings(stored)).toEqual(choices);
  });

  it('fall back to the defaults for anything missing or unknown', () => {
    expect(choicesFromSettings(undefined)).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(choicesFromSettings({})).toEqual(DEFAULT_EXPORT_CHOICES);
    expect(choicesFromSettings({ format: 'gif', theme: 'neon', scale: 4, paper: 'a3', includeCost: 'no', includeIssues: false })).toEqual({
      ...DEFAULT_EXPORT_CHOICES,
      include: { ...DEFAULT_EXPORT_CHOICES.include, issues: false },
    });
    expect(choicesFromSettings({ scale: '2' }).scale).toBe(DEFAULT_EXPORT_CHOICES.scale);
  });

  it('say which options each format uses', () => {
    expect(appliesTo('png')).toEqual({ theme: true, scale: true, paper: false, include: true, sheet: true });
    expect(appliesTo('pdf')).toEqual({ theme: true, scale: false, paper: true, include: true, sheet: true });
    expect(appliesTo('md')).toEqual({ theme: true, scale: false, paper: false, include: true, sheet: false });
    expect(appliesTo('csv')).toEqual({ theme: false, scale: false, paper: false, include: false, sheet: false });
    expect(appliesTo('json').include).toBe(false);
  });

  it('suggest the title as a file name with the format’s extension', () => {
    expect(exportFileName('Q1 answer: readmission risk', 'png')).toBe('q1-answer-readmission-risk.png');
    expect(exportFileName('Fraud v2', 'md')).toBe('fraud-v2.md');
    expect(exportFileName('Fraud v2', 'json')).toBe('fraud-v2.pipeboard.json');
    expect(exportFileName('   ', 'pdf')).toBe('pipeline.pdf');
    expect(exportFileName('日本語', 'csv')).toBe('pipeline.csv');
  });
});
