import { readFileSync, writeFileSync } from 'node:fs';
import { ruleTableMarkdown } from '../../shared/rules/ruleTable';

/** README sections generated from code, between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers. */
export const GENERATED_SECTIONS: Record<string, () => string> = {
  rules: ruleTableMarkdown,
};

export function replaceSection(readme: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${readme.slice(0, from + start.length)}\n${body}${readme.slice(to)}`;
}

export function sectionBody(readme: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const from = readme.indexOf(start) + start.length + 1;
  return readme.slice(from, readme.indexOf(`<!-- ${name}:end -->`));
}

if (process.argv[1]?.endsWith('readmeSections.ts')) {
  let readme = readFileSync('README.md', 'utf8');
  for (const [name, generate] of Object.entries(GENERATED_SECTIONS)) readme = replaceSection(readme, name, generate());
  writeFileSync('README.md', readme);
  console.log('README.md sections updated:', Object.keys(GENERATED_SECTIONS).join(', '));
}
