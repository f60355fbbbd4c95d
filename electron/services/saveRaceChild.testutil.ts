/**
 * Run by saveRace.test.ts as a real child process: for each line on stdin
 * (`{"path","expectedMtimeMs","tag"}`) saves a design tagged `tag` with that expectation and prints the
 * result as one JSON line.
 * Usage: node --import tsx saveRaceChild.testutil.ts
 */
import { createInterface } from 'node:readline';
import { saveDocumentFile } from './documentFiles';
import { sampleDocument } from './testSupport.testutil';

interface Order {
  path: string;
  expectedMtimeMs: number;
  tag: string;
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const order = JSON.parse(line) as Order;
  const result = await saveDocumentFile({ path: order.path, document: sampleDocument(3, order.tag), expectedMtimeMs: order.expectedMtimeMs });
  process.stdout.write(`${JSON.stringify({ tag: order.tag, ok: result.ok, reason: result.ok ? undefined : result.reason })}\n`);
}
