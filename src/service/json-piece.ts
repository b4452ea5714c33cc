// One piece cut out of a request body (an input, a key, a member's value), parsed as Fastify's own parser parses a
// body: JSON.parse, refusing prototype poisoning (secure-json-parse), errors placed in the whole body.
import sjson from 'secure-json-parse';

/** A body that cannot be used; answered 400 by the routes (the connection stays open: the body was read). */
export class BodyProblem {
  constructor(readonly message: string) {}
}

const OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const;
const BOM = 0xfeff;

export const tooDeepMessage = (limit: number) =>
  `the request body nests deeper than ${limit} levels (MAX_JSON_DEPTH)`;
export const notJson = (at: number) =>
  new BodyProblem(`the request body is not valid JSON (near character ${at})`);

/**
 * Whether `text` may hold a `__proto__` or `constructor` key, the keys secure-json-parse's checks look for: each
 * spelt out, or with \u escapes (the only JSON escapes that give a letter or `_`). When neither word nor `\u`
 * occurs, secure-json-parse gives what JSON.parse gives (after its leading-BOM strip), without its two regular
 * expression scans; otherwise it runs as before.
 */
const mayNameForbiddenKey = (text: string) =>
  text.includes('__proto__') || text.includes('constructor') || text.includes('\\u');

/** The rule secure-json-parse applies inside every piece, for a member of the top-level object. */
export function checkMember(key: string, value: unknown): void {
  const poisoned =
    key === '__proto__' ||
    (key === 'constructor' &&
      value !== null &&
      typeof value === 'object' &&
      Object.hasOwn(value, 'prototype'));
  if (poisoned) throw new BodyProblem('Object contains forbidden prototype property');
}

/** The value of `piece`, which starts at character `at` of the body; a BodyProblem for anything unusable. */
export function parsePiece(piece: string, at: number): unknown {
  try {
    if (!mayNameForbiddenKey(piece)) return JSON.parse(piece.charCodeAt(0) === BOM ? piece.slice(1) : piece);
    return sjson.parse(piece, undefined, OPTIONS);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (message.includes('prototype')) throw new BodyProblem(message);
    const position = /position (\d+)/.exec(message);
    throw notJson(at + (position ? Number(position[1]) : 0));
  }
}
