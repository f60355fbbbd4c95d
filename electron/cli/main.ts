import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT } from './cliError';
import type { ExportCliOptions } from './commands/export';
import { printError } from './output';

/** Where the installed command finds what is not bundled. */
export interface CliContext {
  /** The export fonts (electron/assets/fonts), wherever the command is run from. */
  fontsDir: string;
}

/**
 * The `pipeboard` command. Each command's code is imported when it runs (a separate chunk in the
 * bundle), so `--help` and usage errors load nothing but the argument parser.
 */
function createProgram(context: CliContext): Command {
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
    .action(async (file: string, options: { json?: boolean }) => (await import('./commands/check')).checkCommand(file, options));

  program
    .command('cost')
    .description('Print the monthly cost sheet with the formula behind every line.')
    .argument('<file>', 'a .pipeboard.json file, or an SVG/PNG exported by Pipeboard')
    .option('--json', 'the analysis as JSON')
    .option('--csv', 'the cost sheet as CSV')
    .option('--md', 'the cost sheet as a Markdown table')
    .action(async (file: string, options: { json?: boolean; csv?: boolean; md?: boolean }) => (await import('./commands/cost')).costCommand(file, options));

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
      const [{ exportCommand }, { setFontFolder }] = await Promise.all([import('./commands/export'), import('../services/exporters/fonts')]);
      if (!process.env.PIPEBOARD_FONTS_DIR) setFontFolder(context.fontsDir);
      await exportCommand(file, options);
    });

  program
    .command('scenario')
    .description('List the practice scenarios, or rank the options of one.')
    .argument('[id]', 'scenario id, e.g. seed-q1')
    .option('--json', 'print as JSON')
    .option('--exam <code>', 'list only the scenarios that train this exam (MLS-C01 or MLA-C01)')
    .action(async (id: string | undefined, options: { json?: boolean; exam?: string }) => (await import('./commands/scenario')).scenarioCommand(id, options));

  program
    .command('diff')
    .description('Compare two designs: nodes added, removed and changed, issues, and the cost difference.')
    .argument('<before>', 'the first .pipeboard.json file')
    .argument('<after>', 'the second .pipeboard.json file')
    .option('--json', 'print the differences as JSON')
    .action(async (before: string, after: string, options: { json?: boolean }) => (await import('./commands/diff')).diffCommand(before, after, options));

  return program;
}

/** Runs the command line `argv` (as in process.argv) and sets process.exitCode. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<void> {
  // `pipeboard check big.json | head` closes the pipe early: stop quietly, as other commands do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  try {
    await createProgram(context).parseAsync([...argv]);
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
}
