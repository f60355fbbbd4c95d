import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/registry';
import { GENERATED_SECTIONS, sectionBody } from './readmeSections';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it.each(Object.entries(GENERATED_SECTIONS))('has the current generated %s section (run npm run docs)', (name, generate) => {
    expect(sectionBody(readme, name)).toBe(generate());
  });

  it('lists every rule id', () => {
    for (const rule of RULES) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('gives the two commands a newcomer needs', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
