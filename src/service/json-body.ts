// Request bodies parsed in slices (SPEC §10): big arrays element by element with yields to the event loop, nesting
// bounded by MAX_JSON_DEPTH, and prototype poisoning refused exactly as Fastify's own parser does (secure-json-parse).
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import sjson from 'secure-json-parse';
import { scanSkeleton, type Member, type Piece } from '../destinations/pinterest_capi/delivery/json-scan';

/** A body that cannot be used; answered 400 by the routes (the connection stays open: the body was read). */
export class BodyProblem {
  constructor(readonly message: string) {}
}

export interface ParsedBody {
  value: unknown;
  /**
   * Elements of the body's arrays (the top-level array, or an array value of the top-level object) that nest
   * deeper than MAX_JSON_DEPTH. Each route decides what such an element means (one failed input, or a 400).
   */
  tooDeep: ReadonlySet<unknown>;
}

const OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const;
/** Characters parsed between two yields: a few milliseconds of JSON.parse. */
const PARSE_SLICE = 1_000_000;
const NONE: ReadonlySet<unknown> = new Set();

export const tooDeepMessage = (limit: number) =>
  `the request body nests deeper than ${limit} levels (MAX_JSON_DEPTH)`;
const notJson = (at: number) => new BodyProblem(`the request body is not valid JSON (near character ${at})`);

function parsePiece(text: string, start: number, end: number): unknown {
  try {
    return sjson.parse(text.slice(start, end), undefined, OPTIONS);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (message.includes('prototype')) throw new BodyProblem(message);
    const at = /position (\d+)/.exec(message);
    throw notJson(start + (at ? Number(at[1]) : 0));
  }
}

/** Parses the elements of one array, yielding between slices; marks the elements deeper than `limit`. */
async function parseElements(
  text: string,
  pieces: readonly Piece[],
  limit: number,
  budget: { left: number },
  tooDeep: Set<unknown>,
): Promise<unknown[]> {
  const out = new Array<unknown>(pieces.length);
  for (let k = 0; k < pieces.length; k += 1) {
    const p = pieces[k] as Piece;
    out[k] = parsePiece(text, p.start, p.end);
    if (p.depth > limit) tooDeep.add(out[k]);
    budget.left -= p.end - p.start;
    if (budget.left <= 0) {
      budget.left = PARSE_SLICE;
      await yieldToLoop();
    }
  }
  return out;
}

async function parseMembers(
  text: string,
  members: readonly Member[],
  limit: number,
  budget: { left: number },
  tooDeep: Set<unknown>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const m of members) {
    if (m.colon < 0) throw notJson(m.start);
    const key = parsePiece(text, m.start, m.colon);
    if (typeof key !== 'string') throw notJson(m.start);
    let value: unknown;
    if (m.elements && m.close !== undefined) {
      if (text.slice(m.close + 1, m.end).trim() !== '') throw notJson(m.close + 1);
      value = await parseElements(text, m.elements, limit, budget, tooDeep);
    } else {
      if (m.depth > limit) throw new BodyProblem(tooDeepMessage(limit));
      value = parsePiece(text, m.colon + 1, m.end);
      budget.left -= m.end - m.colon;
    }
    // The same rule secure-json-parse applies inside every piece, here for the keys of the top-level object.
    const poisoned =
      key === '__proto__' ||
      (key === 'constructor' &&
        value !== null &&
        typeof value === 'object' &&
        Object.hasOwn(value, 'prototype'));
    if (poisoned) throw new BodyProblem('Object contains forbidden prototype property');
    out[key] = value;
  }
  return out;
}

/** Parses a JSON body; throws a BodyProblem for anything that is not usable JSON. */
export async function parseJsonBody(text: string, limit: number): Promise<ParsedBody> {
  if (text.trim() === '') throw new BodyProblem('the request body is empty: send a JSON body');
  const scan = scanSkeleton(text);
  let step = scan.next();
  while (!step.done) {
    await yieldToLoop();
    step = scan.next();
  }
  const skeleton = step.value;
  const budget = { left: PARSE_SLICE };
  const tooDeep = new Set<unknown>();
  switch (skeleton.kind) {
    case 'invalid':
      throw notJson(skeleton.at);
    case 'scalar':
      return { value: parsePiece(text, 0, text.length), tooDeep: NONE };
    case 'array':
      return { value: await parseElements(text, skeleton.elements, limit, budget, tooDeep), tooDeep };
    case 'object':
      return { value: await parseMembers(text, skeleton.members, limit, budget, tooDeep), tooDeep };
  }
}
