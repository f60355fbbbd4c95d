/**
 * Run by autosave.test.ts as a real child process: autosaves a growing design over and over until it
 * is killed with SIGKILL. Prints "saved <n>" after each complete autosave.
 * Usage: node --import tsx autosaveChild.testutil.ts <dataDir> <documentPath> [sessionId]
 */
import { createAutosave } from './autosave';
import { sampleDocument } from './testSupport.testutil';

const [dataDir, documentPath, sessionId] = process.argv.slice(2);
if (!dataDir || !documentPath) throw new Error('usage: autosaveChild <dataDir> <documentPath>');

const autosave = createAutosave(dataDir);
for (let round = 1; ; round += 1) {
  const session = sessionId === undefined ? undefined : { id: sessionId, mtimeMs: 1234 };
  await autosave.save(sampleDocument(500 + (round % 50) * 20, `round ${round}`), documentPath, session);
  process.stdout.write(`saved ${round}\n`);
}
