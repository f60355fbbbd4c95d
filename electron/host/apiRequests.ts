import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_BODY_MAX_BYTES } from '../../shared/ipc/limits';
import type { BridgeErrorCode, BridgeReply } from '../../shared/ipc/wire';
import type { PlatformServices } from '../services/platformServices';
import { sendJson } from './responses';

/**
 * `POST /api/<method>` with body `{ "args": [...] }`: runs the bridge method through the services'
 * validating `call` and answers `{ ok: true, value }` (200) or `{ ok: false, error, code }`
 * (400 for a refused call, 413 for an oversized body, 500 for a bug).
 */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  services: PlatformServices,
): Promise<void> {
  const refuse = (status: number, code: BridgeErrorCode, error: string) => sendJson(response, status, { ok: false, code, error });

  if (!isJsonContentType(request.headers['content-type'])) {
    return refuse(400, 'bad-request', 'The request body must be JSON (Content-Type: application/json).');
  }
  const body = await readBody(request, REQUEST_BODY_MAX_BYTES);
  if (body === 'too-large') {
    return refuse(413, 'bad-request', `The request body is larger than ${REQUEST_BODY_MAX_BYTES / (1024 * 1024)} MB.`);
  }
  const args = argsFromBody(body);
  if (!args.ok) return refuse(400, 'bad-request', args.error);

  const reply = await services.call(method, args.value);
  sendJson(response, statusFor(reply), reply);
}

function statusFor(reply: BridgeReply<unknown>): number {
  if (reply.ok) return 200;
  return reply.code === 'internal' ? 500 : 400;
}

function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function argsFromBody(body: Buffer): { ok: true; value: unknown[] } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, error: 'The request body is not valid JSON.' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('args' in parsed)) {
    return { ok: false, error: 'The request body must be an object { "args": [...] }.' };
  }
  const { args } = parsed;
  if (!Array.isArray(args)) return { ok: false, error: '"args" must be a list.' };
  return { ok: true, value: args };
}

/** The whole body, or 'too-large' as soon as it passes `limit` (the rest is not buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        request.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!settled) reject(error);
    });
  });
}
