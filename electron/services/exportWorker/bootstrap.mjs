// The export worker from source (tests, tsx): registers tsx in this thread, then runs worker.ts.
// The Electron build bundles worker.ts as export-worker.js instead (electron/tools/build-electron.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
