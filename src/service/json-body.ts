// Request bodies read as they arrive (SPEC §10): the elements of the body's big arrays are cut out and parsed one
// by one while later bytes are still coming, so no single step handles the whole body (a 50 MB body would block the
// event loop for ~0.3 s just to be concatenated and decoded). Nesting is bounded by MAX_JSON_DEPTH; prototype
// poisoning is refused as Fastify's own parser does (json-piece.ts per piece; here for the top-level keys).
import { StringDecoder } from 'node:string_decoder';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from '../destinations/pinterest_capi/delivery/json-scan';
import { PieceCapture, type Capture } from './json-capture';
import { ArrayElements, type ElementSink } from './json-elements';
import { BodyProblem, checkMember, notJson, parsePiece, tooDeepMessage } from './json-piece';
import { RepeatedMember } from './repeated-member';

export interface ParsedBody {
  value: unknown;
  /**
   * Elements of the body's arrays (the top-level array, or an array value of the top-level object) that nest
   * deeper than MAX_JSON_DEPTH. Each route decides what such an element means (one failed input, or a 400).
   */
  tooDeep: ReadonlySet<unknown>;
}

const COMMA = 44;
const COLON = 58;
const BOM = 0xfeff;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export type { ElementSink };

/** Backslashes just before `to` (not before `from`), plus `carried` when the run reaches back to `from`. */
function backslashesBefore(text: string, from: number, to: number, carried: number): number {
  let k = to - 1;
  while (k >= from && text.charCodeAt(k) === BACKSLASH) k -= 1;
  return k < from ? to - from + carried : to - 1 - k;
}

type Mode = 'start' | 'scalar' | 'array' | 'object' | 'done';

/**
 * Reads one JSON text chunk by chunk. The top-level array's elements, and the elements of array values of the
 * top-level object (the router's `input`), are parsed as soon as each is complete; the rest is parsed per member.
 */
export class JsonBodyReader {
  private readonly decoder = new StringDecoder('utf8');
  private mode: Mode = 'start';
  private depth = 0;
  private inString = false;
  /** The run of backslashes at the end of the previous chunk, inside a string. */
  private backslashes = 0;
  private readonly piece = new PieceCapture();
  private offset = 0;
  private text = '';
  private topIsArray = false;
  private deep = new Set<unknown>();
  /** The top-level array's elements (unused when the body is an object). */
  private top = new ArrayElements(undefined, this.deep);
  private object: Record<string, unknown> = {};
  private members = 0;
  private key: string | undefined;
  private afterColon = false;
  /** The elements of the top-level object's array member being read. */
  private split: ArrayElements | undefined;
  private afterSplit = false;
  private failure: unknown;
  /** Each input's `destination`, parsed once per distinct text (repeated-member.ts). */
  private readonly destination = new RepeatedMember('destination');
  private readonly parsePiece = (piece: string) => this.parse(piece);

  /**
   * @param sinkFor the sink, if any, for the elements of the top-level object's array member `key`, or (`key`
   *   undefined) of the top-level array
   */
  constructor(
    private readonly limit: number,
    private readonly sinkFor?: (key: string | undefined) => ElementSink | undefined,
  ) {}

  write(chunk: Buffer): void {
    if (this.failure !== undefined) return; // the rest of the body is read and ignored
    try {
      this.scan(this.decoder.write(chunk));
    } catch (e) {
      this.failure = e;
    }
  }

  /** The parsed body; throws a BodyProblem for anything that is not usable JSON. The reader is spent after it. */
  end(): ParsedBody {
    try {
      return this.result();
    } finally {
      this.release();
    }
  }

  private result(): ParsedBody {
    if (this.failure === undefined) {
      try {
        this.scan(this.decoder.end());
      } catch (e) {
        this.failure = e;
      }
    }
    if (this.failure !== undefined) throw this.failure;
    if (this.mode === 'start') throw new BodyProblem('the request body is empty: send a JSON body');
    if (this.mode === 'scalar')
      return { value: this.parse(this.piece.end(this.text, this.text.length)), tooDeep: this.deep };
    if (this.mode !== 'done') throw notJson(this.offset);
    return { value: this.topIsArray ? this.top.value() : this.object, tooDeep: this.deep };
  }

  /**
   * Lets go of the body. A reader that lived through a minor GC sits in V8's old generation, where it stays after
   * the request until a major GC; minor GCs count what it points to as alive, so a body it still referenced would
   * be copied and promoted by every one of them (docs/performance.md, "HTTP path, session 2").
   */
  private release() {
    this.text = '';
    this.piece.release();
    this.deep = new Set();
    this.top = new ArrayElements(undefined, this.deep);
    this.object = {};
    this.split = undefined;
    this.destination.forget();
  }

  private startCapture(what: Capture, pos: number, depth: number) {
    this.piece.start(what, pos, this.offset, depth);
    // Inputs: elements of the top-level array (members at depth 2) or of the router's `input` (depth 3).
    if (what === 'element' || what === 'split') this.destination.start(depth + 1);
    else this.destination.stop();
  }

  private endCapture(pos: number): string {
    return this.piece.end(this.text, pos);
  }

  private parse(piece: string): unknown {
    return parsePiece(piece, this.piece.at);
  }

  /** Ends the current element (of the top-level or the split array) at `pos` and keeps it, parsed. */
  private element(pos: number, closing: boolean, split: boolean) {
    const { depth, at } = this.piece;
    const piece = this.endCapture(pos);
    const elements = split ? (this.split as ArrayElements) : this.top;
    if (closing && elements.count === 0 && piece.trim() === '') return; // `[]`
    elements.add(this.destination.parse(piece, at, this.parsePiece), depth > this.limit);
  }

  /** Ends the member whose value (unless it was a split array) ends at `pos`. */
  private member(pos: number, closing: boolean) {
    if (this.afterSplit) {
      this.afterSplit = false;
      return;
    }
    if (this.piece.what === 'key') {
      if (closing && this.members === 0 && this.endCapture(pos).trim() === '') return; // `{}`
      throw notJson(this.offset + pos);
    }
    const depth = this.piece.depth;
    const value = this.parse(this.endCapture(pos));
    if (depth > this.limit) throw new BodyProblem(tooDeepMessage(this.limit));
    this.set(value);
  }

  private set(value: unknown) {
    const key = this.key as string;
    checkMember(key, value);
    this.object[key] = value;
    this.members += 1;
    this.key = undefined;
  }

  /**
   * Skips string content from `from`; returns the closing quote's index, or text.length if the string goes on.
   * A method of the reader itself: run as another object's (two calls per string, ~80 strings per input), it cost
   * ~1,400 instructions per event more in the service's pipeline (docs/performance-core.md, round 4).
   */
  private skipString(text: string, from: number): number {
    let i = from;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        this.backslashes = backslashesBefore(text, i, text.length, this.backslashes);
        return text.length;
      }
      const run = backslashesBefore(text, i, q, this.backslashes);
      this.backslashes = 0;
      if (run % 2 === 0) {
        this.inString = false;
        return q;
      }
      i = q + 1;
    }
  }

  private scan(text: string): void {
    this.text = text;
    let i = 0;
    if (this.inString) i = this.skipString(text, 0) + 1;
    for (; i < text.length && this.mode !== 'scalar'; i += 1) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        if (this.depth <= 1) this.beforeString(i);
        if ((this.mode as Mode) === 'scalar') break; // the body is one string
        this.inString = true;
        this.backslashes = 0;
        const close = this.skipString(text, i + 1);
        this.destination.string(text, i, close, this.depth);
        i = close;
      } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) this.open(c, i);
      else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) this.close(c, i);
      // Deeper inside a piece only strings and brackets matter: JSON.parse checks the rest.
      else if (this.depth <= 2) {
        if (c === COMMA) this.comma(i);
        else if (c === COLON && this.depth === 1 && this.mode === 'object') this.colon(i);
        else if (c === BOM && this.mode === 'start' && this.offset + i === 0) continue;
        else if (!isSpace(c)) this.unexpected(c, i);
      }
    }
    this.piece.carry(text);
    this.offset += text.length;
  }

  /** A string starts at the top level (a scalar body) or as a key or value of the top-level object. */
  private beforeString(i: number) {
    if (this.mode === 'start' || this.mode === 'done') return this.unexpected(QUOTE, i);
    if (this.afterSplit) throw notJson(this.offset + i);
    this.afterColon = false;
  }

  /** Any other character: a scalar body's start, part of a value, or misplaced. */
  private unexpected(c: number, i: number) {
    if (this.mode === 'start') {
      this.mode = 'scalar';
      this.startCapture('value', i, 0);
      return;
    }
    if (this.mode === 'done' || this.afterSplit) throw notJson(this.offset + i);
    if (this.depth === 1) this.afterColon = false;
    if (c === COLON && this.depth === 1) throw notJson(this.offset + i);
  }

  private open(c: number, i: number) {
    if (this.mode === 'done' || this.afterSplit) throw notJson(this.offset + i);
    if (this.mode === 'start') {
      this.mode = c === OPEN_ARRAY ? 'array' : 'object';
      this.topIsArray = c === OPEN_ARRAY;
      if (this.topIsArray) this.top = new ArrayElements(this.sinkFor?.(undefined), this.deep);
      this.depth = 1;
      this.startCapture(this.topIsArray ? 'element' : 'key', i + 1, 1);
      return;
    }
    this.depth += 1;
    if (this.depth > this.piece.depth) this.piece.depth = this.depth;
    this.destination.open(this.offset + i, this.depth);
    if (this.depth === 2 && this.mode === 'object' && this.afterColon && c === OPEN_ARRAY) {
      // The member's value is an array: cut it into its elements too.
      if (this.endCapture(i).trim() !== '') throw notJson(this.offset + i);
      this.split = new ArrayElements(this.sinkFor?.(this.key as string), this.deep);
      this.startCapture('split', i + 1, 2);
    }
    this.afterColon = false;
  }

  private close(c: number, i: number) {
    if (this.mode === 'start' || this.mode === 'done') throw notJson(this.offset + i);
    if (this.depth === 1) {
      if (c !== (this.topIsArray ? CLOSE_ARRAY : CLOSE_OBJECT)) throw notJson(this.offset + i);
      if (this.topIsArray) this.element(i, true, false);
      else this.member(i, true);
      this.mode = 'done';
      this.depth = 0;
      return;
    }
    if (this.depth === 2 && this.piece.what === 'split') {
      if (c !== CLOSE_ARRAY) throw notJson(this.offset + i);
      this.element(i, true, true);
      this.set((this.split as ArrayElements).value());
      this.split = undefined;
      this.afterSplit = true;
    }
    this.destination.close(this.offset + i, this.depth);
    this.depth -= 1;
  }

  private comma(i: number) {
    if (this.mode === 'start' || this.mode === 'done') throw notJson(this.offset + i);
    if (this.depth === 1) {
      if (this.topIsArray) {
        this.element(i, false, false);
        this.startCapture('element', i + 1, 1);
      } else {
        this.member(i, false);
        this.startCapture('key', i + 1, 1);
      }
    } else if (this.depth === 2 && this.piece.what === 'split') {
      this.element(i, false, true);
      this.startCapture('split', i + 1, 2);
    }
  }

  private colon(i: number) {
    if (this.piece.what !== 'key') throw notJson(this.offset + i);
    const key = this.parse(this.endCapture(i));
    if (typeof key !== 'string') throw notJson(this.piece.at);
    this.key = key;
    this.startCapture('value', i + 1, 1);
    this.afterColon = true;
  }
}
