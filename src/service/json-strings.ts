// The strings of a JSON text read chunk by chunk: where each one ends, also when its closing quote (or the
// backslash that escapes it) comes in a later chunk.
import { BACKSLASH } from '../destinations/pinterest_capi/delivery/json-scan';

/** Backslashes just before `to` (not before `from`), plus `carried` when the run reaches back to `from`. */
function backslashesBefore(text: string, from: number, to: number, carried: number): number {
  let k = to - 1;
  while (k >= from && text.charCodeAt(k) === BACKSLASH) k -= 1;
  return k < from ? to - from + carried : to - 1 - k;
}

export class StringSkipper {
  /** The last chunk ended inside a string. */
  open = false;
  /** The run of backslashes at the end of the previous chunk, inside a string. */
  private backslashes = 0;

  /** A string starts: its opening quote was just read. */
  begin(): void {
    this.open = true;
    this.backslashes = 0;
  }

  /** Skips string content from `from`; returns the closing quote's index, or text.length if the string goes on. */
  skip(text: string, from: number): number {
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
        this.open = false;
        return q;
      }
      i = q + 1;
    }
  }
}
