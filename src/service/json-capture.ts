// A piece of a JSON body being cut out (an element, a key, a member's value), collected across the chunks it
// arrives in.

/** What the piece is: an element of the top-level or split array, a key, or a member's value. */
export type Capture = 'element' | 'split' | 'key' | 'value';

export class PieceCapture {
  /** null: nothing is being cut out. */
  what: Capture | null = null;
  /** Where the piece starts in the whole body. */
  at = 0;
  /** The deepest nesting seen inside the piece (the depth it started at, at least). */
  depth = 0;
  /** Where the piece starts in the current chunk (0 once it began in an earlier one). */
  private from = 0;
  private frags: string[] = [];

  /** A piece starts at `pos` of the current chunk, which starts at `offset` of the body. */
  start(what: Capture, pos: number, offset: number, depth: number): void {
    this.what = what;
    this.frags = [];
    this.from = pos;
    this.at = offset + pos;
    this.depth = depth;
  }

  /** The piece, ending at `pos` of the current chunk `text`. */
  end(text: string, pos: number): string {
    const tail = text.slice(this.from, pos);
    const piece = this.frags.length === 0 ? tail : this.frags.join('') + tail;
    this.what = null;
    this.frags = [];
    return piece;
  }

  /** The chunk `text` ends inside the piece: its part is kept for the piece. */
  carry(text: string): void {
    if (this.what === null) return;
    this.frags.push(text.slice(this.from));
    this.from = 0;
  }

  /** Drops the text kept (the body is read). */
  release(): void {
    this.frags = [];
  }
}
