// Debian packages the test run needs, and how to get them: installed with apt when we run as root
// (CI, the dev containers), otherwise we stop at once with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.PIPEBOARD_CHROMIUM ?? '/usr/bin/chromium';

const REQUIRED = [
  { pkg: 'chromium', present: () => existsSync(CHROMIUM) },
  { pkg: 'poppler-utils', present: () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0 },
];

export function ensureSystemDeps() {
  const missing = REQUIRED.filter((dep) => !dep.present()).map((dep) => dep.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The tests need ${missing.join(' and ')} from Debian. Run this, then the tests again:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt (one time)…`);
  try {
    execFileSync('bash', ['-c', `${command} > /tmp/pipeboard-apt.log 2>&1`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Could not install ${missing.join(', ')}; see /tmp/pipeboard-apt.log. The command was:\n  ${command}`);
    process.exit(1);
  }
}
