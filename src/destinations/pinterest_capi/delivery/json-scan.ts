// Linear scans of JSON text that never recurse: how deep it nests, and where the elements of its big arrays are.
// JSON.parse itself copes with any nesting, but JSON.stringify, structuredClone and most code that walks a value
// recurse and overflow the stack (SPEC §10), so nesting is bounded before anything walks a parsed value.

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;
const COLON = 58;

/** The index just after the string opened at `open`, or -1 when it is never closed. */
function stringEnd(text: string, open: number): number {
  let j = open;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) return -1;
    let k = j - 1;
    while (text.charCodeAt(k) === BACKSLASH) k -= 1;
    if ((j - 1 - k) % 2 === 0) return j + 1;
  }
}

/** True when arrays/objects in `text` nest deeper than `limit` (the outermost one is level 1). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}

/** A slice of the text holding one value; `depth` is the deepest level inside it (the whole text's container is 1). */
export interface Piece {
  start: number;
  end: number;
  depth: number;
}

/** One `"key": value` of the top-level object; an array value is cut into its elements. */
export interface Member extends Piece {
  colon: number;
  elements?: Piece[];
  /** Where the array value ends (its closing bracket), when it was cut into elements. */
  close?: number;
}

export type Skeleton =
  | { kind: 'scalar' }
  | { kind: 'array'; elements: Piece[] }
  | { kind: 'object'; members: Member[] }
  | { kind: 'invalid'; at: number };

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Characters scanned between two yields: a few milliseconds of work. */
export const SCAN_SLICE = 4_000_000;

/**
 * Finds the top-level container's elements (array) or members (object, with array values cut into elements), and
 * how deep each nests. A generator: it yields every SCAN_SLICE characters so the caller can let the event loop run.
 * It checks the skeleton only; each piece is still checked by JSON.parse.
 */
export function* scanSkeleton(text: string): Generator<void, Skeleton> {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  const top = text.charCodeAt(i);
  if (top !== OPEN_ARRAY && top !== OPEN_OBJECT) return { kind: 'scalar' };
  const isObject = top === OPEN_OBJECT;
  const pieces: Member[] = [];
  let depth = 1;
  let piece: Member = { start: i + 1, end: 0, depth: 1, colon: -1 };
  let afterColon = false;
  // The array value of the current member, when there is one (objects only).
  let split: Piece[] | undefined;
  let element: Piece | undefined;
  let nextYield = SCAN_SLICE;
  const endPiece = (end: number) => {
    piece.end = end;
    pieces.push(piece);
  };
  for (i += 1; i < text.length; i += 1) {
    if (i >= nextYield) {
      yield;
      nextYield = i + SCAN_SLICE;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return { kind: 'invalid', at: i };
      i = end - 1;
      if (depth === 1) afterColon = false;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > piece.depth) piece.depth = depth;
      if (element && depth > element.depth) element.depth = depth;
      if (depth === 2 && isObject && afterColon && c === OPEN_ARRAY) {
        split = [];
        element = { start: i + 1, end: 0, depth: 2 };
      }
      afterColon = false;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth === 1) {
        if (c !== (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return { kind: 'invalid', at: i };
        const empty = pieces.length === 0 && text.slice(piece.start, i).trim() === '';
        if (!empty) endPiece(i);
        for (let j = i + 1; j < text.length; j += 1) {
          if (!isSpace(text.charCodeAt(j))) return { kind: 'invalid', at: j };
        }
        return isObject ? { kind: 'object', members: pieces } : { kind: 'array', elements: pieces };
      }
      if (depth === 2 && split && element) {
        if (c !== CLOSE_ARRAY) return { kind: 'invalid', at: i };
        const empty = split.length === 0 && text.slice(element.start, i).trim() === '';
        if (!empty) {
          element.end = i;
          split.push(element);
        }
        piece.elements = split;
        piece.close = i;
        split = undefined;
        element = undefined;
      }
      depth -= 1;
    } else if (c === COMMA) {
      if (depth === 1) {
        endPiece(i);
        piece = { start: i + 1, end: 0, depth: 1, colon: -1 };
        afterColon = false;
      } else if (depth === 2 && split && element) {
        element.end = i;
        split.push(element);
        element = { start: i + 1, end: 0, depth: 2 };
      }
    } else if (c === COLON && depth === 1 && isObject) {
      if (piece.colon >= 0) return { kind: 'invalid', at: i };
      piece.colon = i;
      afterColon = true;
    } else if (depth === 1 && !isSpace(c)) afterColon = false;
  }
  return { kind: 'invalid', at: text.length };
}
