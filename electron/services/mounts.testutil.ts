import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Small tmpfs mounts for simulating a read-only or full disk. Root ignores file permissions, so
 * chmod cannot make a folder read-only for these tests; a read-only mount can. Only works where the
 * test may mount (root with CAP_SYS_ADMIN); elsewhere `canMount()` is false and those tests skip.
 */
export function tryMountTmpfs(dir: string, sizeKiB: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // Already unmounted.
  }
}

export async function canMount(scratch: string): Promise<boolean> {
  const probe = path.join(scratch, 'mount-probe');
  await fs.mkdir(probe, { recursive: true });
  const mounted = tryMountTmpfs(probe, 64);
  if (mounted) unmount(probe);
  return mounted;
}
