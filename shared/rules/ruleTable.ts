import { RULES } from './registry';

const FAMILY_TITLE = { ingestion: 'Ingestion (streaming)', training: 'Training and batch jobs', serving: 'Serving', graph: 'Graph and budget' } as const;

/** The rule list as Markdown tables, one per family, generated from the registry for the README. */
export function ruleTableMarkdown(): string {
  const sections: string[] = [];
  for (const family of Object.keys(FAMILY_TITLE) as Array<keyof typeof FAMILY_TITLE>) {
    const rows = RULES.filter((rule) => rule.family === family).map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.firesWhen} | ${rule.exam.join(', ')} |`);
    sections.push(`**${FAMILY_TITLE[family]}**\n\n| id | severity | fires when | exam |\n| --- | --- | --- | --- |\n${rows.join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}
