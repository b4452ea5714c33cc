// A linear scan of JSON text that never recurses: does it nest deeper than a limit? JSON.parse copes with any
// nesting, but JSON.stringify, structuredClone and most code that walks a value recurse and overflow the stack, so
// an answer from Pinterest is checked before it is parsed and echoed (SPEC §9, §10).

/** The character codes JSON's structure is made of (also read by the service's streaming body reader). */
export const QUOTE = 34;
export const BACKSLASH = 92;
export const OPEN_ARRAY = 91;
export const CLOSE_ARRAY = 93;
export const OPEN_OBJECT = 123;
export const CLOSE_OBJECT = 125;

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
