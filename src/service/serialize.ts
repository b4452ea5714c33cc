// Big answers are serialised entry by entry and streamed, with a yield to the event loop between slices (SPEC §10).
// The bytes are exactly JSON.stringify's: `[` + entries joined by `,` + `]`, no whitespace.
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';

/** Entries serialised between two yields: a few milliseconds of JSON.stringify. */
const SLICE = 500;
const JSON_TYPE = 'application/json; charset=utf-8';

const text = (entry: unknown) => JSON.stringify(entry) ?? 'null';

async function* slices(prefix: string, entries: readonly unknown[], suffix: string): AsyncGenerator<string> {
  for (let i = 0; i < entries.length; i += SLICE) {
    const end = Math.min(i + SLICE, entries.length);
    let chunk = i === 0 ? prefix : ',';
    for (let k = i; k < end; k += 1) chunk += (k === i ? '' : ',') + text(entries[k]);
    yield end === entries.length ? chunk + suffix : chunk;
    if (end < entries.length) await yieldToLoop();
  }
}

/**
 * Sends `entries` as a JSON array, inside `{"<key>": …}` when `key` is given. Small answers go out in one piece
 * (with a Content-Length, as before); bigger ones are streamed in slices.
 */
export function sendJsonArray(reply: FastifyReply, entries: readonly unknown[], key?: string): FastifyReply {
  const prefix = key === undefined ? '[' : `{${JSON.stringify(key)}:[`;
  const suffix = key === undefined ? ']' : ']}';
  void reply.type(JSON_TYPE);
  if (entries.length <= SLICE) {
    let body = prefix;
    for (let k = 0; k < entries.length; k += 1) body += (k === 0 ? '' : ',') + text(entries[k]);
    return reply.send(body + suffix);
  }
  return reply.send(Readable.from(slices(prefix, entries, suffix), { objectMode: false }));
}
