// Sending an answer whose bytes are already made (input-stream.ts), with its Content-Length.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Sends `buffers` (`bytes` in all); `written` runs once they are handed to the operating system. */
export function sendBytes(reply: FastifyReply, buffers: Buffer[], bytes: number, written: () => void) {
  void reply.type(JSON_TYPE);
  void reply.header('content-length', bytes);
  // 'finish': every byte is handed to the operating system (an aborted response's buffers are left to the GC).
  reply.raw.once('finish', written);
  return reply.send(buffers.length === 1 ? buffers[0] : Readable.from(buffers, { objectMode: false }));
}
