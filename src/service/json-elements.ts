// The elements of one array of a body being read (the top-level array, or an array member of the top-level
// object): handed to the route's sink as each one is parsed, or kept for the parsed body.

/**
 * Takes the elements of the top-level array, or of one split array, instead of the parsed body: the body (or its
 * member) is then the sink itself (the transform routes transform each input as it comes: input-stream.ts).
 */
export interface ElementSink {
  /** The array's next element; `tooDeep`: it nests deeper than MAX_JSON_DEPTH. */
  add(value: unknown, tooDeep: boolean): void;
}

export class ArrayElements {
  count = 0;
  private readonly kept: unknown[] = [];

  /** @param deep where elements nesting too deep are noted, when they are kept rather than handed on */
  constructor(
    private readonly sink: ElementSink | undefined,
    private readonly deep: Set<unknown>,
  ) {}

  add(value: unknown, tooDeep: boolean): void {
    this.count += 1;
    if (this.sink !== undefined) return this.sink.add(value, tooDeep);
    if (tooDeep) this.deep.add(value);
    this.kept.push(value);
  }

  /** What the array is in the parsed body: its sink, or the elements kept. */
  value(): unknown {
    return this.sink ?? this.kept;
  }
}
