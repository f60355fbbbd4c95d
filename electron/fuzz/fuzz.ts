import { runFuzz } from './harness';

/**
 * `npm run fuzz [-- --scale N --seed S]`: the whole fuzz run, with the figures printed. Exits 1 on any
 * violation (a throw, a rejection, a malformed answer, a write outside the workspace).
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

const scale = option('scale', 1);
const seed = option('seed', 20261204);
console.log(`Fuzzing the loader, the image readers and every bridge method (seed ${seed}, scale ${scale})…`);
const report = await runFuzz({ scale, seed, log: (line) => console.log(line) });
console.log('');
console.log(`Inputs tried:     ${report.inputs.toLocaleString('en-US')}`);
console.log(`Refused cleanly:  ${report.refused.toLocaleString('en-US')}`);
console.log(`Total time:       ${(report.ms / 1000).toFixed(1)} s`);
if (report.worst) {
  console.log(`Worst input:      ${report.worst.ms.toFixed(0)} ms, RSS ${report.worst.rssMb} MB after it (${report.worst.target}): ${report.worst.input}`);
}
console.log(`Peak RSS:         ${report.peakRssMb} MB (the whole run)`);
if (report.violations.length > 0) {
  console.log(`\n${report.violations.length} violation(s):`);
  for (const violation of report.violations) console.log(`  ${violation}`);
  process.exit(1);
}
console.log('No crash, no rejection, no malformed answer, nothing written outside the workspace.');
