import { execFileSync } from 'node:child_process';

/**
 * Small tmpfs mounts for simulating a read-only or full disk. Root ignores file permissions, so
 * chmod cannot make a folder read-only for these tests; a read-only mount can. Only works where the
 * test may mount (root with CAP_SYS_ADMIN), as on CI and the dev machines.
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
