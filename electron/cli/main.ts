import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT } from './cliError';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { costCommand } from './commands/cost';
import type { ExportCliOptions } from './commands/export';
import { scenarioCommand } from './commands/scenario';
import { printError } from './output';

const program = new Command()
  .name('pipeboard')
  .description('Check, price and export AWS ML pipeline designs (*.pipeboard.json, or SVG/PNG exported by Pipeboard) against the ML Specialty exam rules.')
  .exitOverride()
  .configureOutput({ writeErr: (text) => printError(text.trimEnd()) });

program
  .command('check')
  .description('List what an examiner would say about a design; exit 1 if it has errors, 2 if the file is unusable.')
  .argument('<file>', 'a .pipeboard.json file, or an SVG/PNG exported by Pipeboard')
  .option('--json', 'print the analysis as JSON (issues, cost, derived)')
  .action((file: string, options: { json?: boolean }) => checkCommand(file, options));

program
  .command('cost')
  .description('Print the monthly cost sheet with the formula behind every line.')
  .argument('<file>', 'a .pipeboard.json file, or an SVG/PNG exported by Pipeboard')
  .option('--json', 'the analysis as JSON')
  .option('--csv', 'the cost sheet as CSV')
  .option('--md', 'the cost sheet as a Markdown table')
  .action((file: string, options: { json?: boolean; csv?: boolean; md?: boolean }) => costCommand(file, options));

program
  .command('export')
  .description('Export a design: the study sheet as SVG, PNG or PDF, a Markdown note (with its SVG beside it), the cost sheet as CSV, or the canonical JSON. Written atomically; exit 2 on a bad file or option.')
  .argument('<file>', 'a .pipeboard.json file, or an SVG/PNG exported by Pipeboard')
  .requiredOption('--format <format>', 'svg, png, pdf, md, csv or json')
  .option('--out <path>', 'where to write (default: next to the input, with the format\'s extension)')
  .option('--theme <theme>', 'light or dark (svg, png, pdf, and the SVG beside a md note; default light)')
  .option('--scale <n>', 'PNG scale: 1, 2 or 3 (default 2)')
  .option('--paper <size>', 'PDF paper, landscape: a4 or letter (default a4)')
  .option('--no-issues', 'leave out the issues and the node badges')
  .option('--no-cost', 'leave out the cost sheet')
  .option('--no-notes', 'leave out the needs and notes')
  .action(async (file: string, options: ExportCliOptions) => {
    // Loaded on demand: the renderers (resvg, pdf-lib) would slow every other command's start.
    const { exportCommand } = await import('./commands/export');
    await exportCommand(file, options);
  });

program
  .command('scenario')
  .description('List the practice scenarios, or rank the options of one.')
  .argument('[id]', 'scenario id, e.g. seed-q1')
  .option('--json', 'print as JSON')
  .action((id: string | undefined, options: { json?: boolean }) => scenarioCommand(id, options));

program
  .command('diff')
  .description('Compare two designs: nodes added, removed and changed, issues, and the cost difference.')
  .argument('<before>', 'the first .pipeboard.json file')
  .argument('<after>', 'the second .pipeboard.json file')
  .option('--json', 'print the differences as JSON')
  .action((before: string, after: string, options: { json?: boolean }) => diffCommand(before, after, options));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage mistakes are bad input.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  } else if (error instanceof CliError) {
    printError(error.message);
    process.exitCode = error.exitCode;
  } else {
    printError(`pipeboard: ${(error as Error).message}`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
