// The host sends every input with its full `destination` (config, definition, …): the same text again and again.
// While the body reader cuts out an input, this finds where its `destination` value lies; an input whose
// destination text was seen before in the same body is parsed without it and gets the value parsed the first time
// (one object shared by those inputs: nothing in the service writes to an input). The result equals parsing the
// whole input; an input where that is not certain (an escaped or repeated key, a key cut by a chunk's end, a
// destination that is no object or array) is parsed whole.
const COLON = 58;
const BACKSLASH = 92;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Different destination texts remembered per body. */
const MAX_REMEMBERED = 64;

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (text.charCodeAt(j) === BACKSLASH) return true;
  return false;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export class RepeatedMember {
  /** Depth of the members of the input being cut out (0: none). */
  private depth = 0;
  private keySeen = false;
  /** Where the member's value (a bracket) starts and ends in the body, once seen. */
  private from = -1;
  private to = -1;
  private unsure = false;
  private readonly seen = new Map<string, unknown>();

  constructor(private readonly key: string) {}

  /** An input starts; its members sit at `memberDepth`. */
  start(memberDepth: number): void {
    this.depth = memberDepth;
    this.keySeen = false;
    this.from = -1;
    this.to = -1;
    this.unsure = false;
  }

  /** Drops the values remembered (the body is read). */
  forget(): void {
    this.seen.clear();
  }

  /** What is read now is no input. */
  stop(): void {
    this.depth = 0;
  }

  /** A string at `depth` from its quote at `open` to its closing quote at `close` (text.length: it goes on). */
  string(text: string, open: number, close: number, depth: number): void {
    if (depth !== this.depth || this.unsure) return;
    let after = close + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after += 1;
    if (after >= text.length) {
      this.unsure = true; // cut by the chunk's end: whether it is a key, or which, is not known here
      return;
    }
    const isKey = text.charCodeAt(after) === COLON;
    // After the key, a string (the value) or another key (the value was a number or a literal): no bracket.
    if ((this.keySeen && this.from === -1) || (isKey && hasBackslash(text, open + 1, close))) {
      this.unsure = true;
      return;
    }
    if (!isKey || close - open - 1 !== this.key.length || !text.startsWith(this.key, open + 1)) return;
    if (this.keySeen) this.unsure = true; // the key twice
    this.keySeen = true;
  }

  /** A bracket at `position` in the body opened; `depth` is the depth inside it. */
  open(position: number, depth: number): void {
    if (this.keySeen && this.from === -1 && depth === this.depth + 1) this.from = position;
  }

  /** A bracket at `position` in the body closes; `depth` is the depth inside it. */
  close(position: number, depth: number): void {
    if (this.from !== -1 && this.to === -1 && depth === this.depth + 1) this.to = position + 1;
  }

  /** Parses the input `piece`, which starts at `at` in the body, reusing the member's value when its text was seen. */
  parse(piece: string, at: number, parse: (text: string) => unknown): unknown {
    const found = this.depth !== 0 && !this.unsure && this.to !== -1;
    this.depth = 0;
    if (!found) return parse(piece);
    const from = this.from - at;
    const to = this.to - at;
    const text = piece.slice(from, to);
    const known = this.seen.get(text);
    if (known === undefined) {
      const value = parse(piece);
      if (isObject(value)) {
        if (this.seen.size >= MAX_REMEMBERED) this.seen.clear();
        this.seen.set(text, value[this.key]);
      }
      return value;
    }
    let value: unknown;
    try {
      value = parse(`${piece.slice(0, from)}null${piece.slice(to)}`);
    } catch {
      return parse(piece); // the error, as the whole input gives it
    }
    if (!isObject(value) || value[this.key] !== null) return parse(piece);
    value[this.key] = known;
    return value;
  }
}
