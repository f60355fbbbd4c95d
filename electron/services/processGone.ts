import os from 'node:os';
import { errorCode } from './ioMessages';

/** True when `pid` on `host` is certainly not running (only this machine's processes can be asked). */
export function processIsGone(pid: number, host: string): boolean {
  if (host !== os.hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}
