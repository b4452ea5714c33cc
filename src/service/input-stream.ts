// What the router and processor streams share: each input of a body as the body reader cuts it out, judged for
// nesting (deep-inputs.ts) before it is transformed, and the answer's bytes kept off V8's heap until it is sent.
import type { BaseError } from '../destinations/pinterest_capi/errors';
import { judgeDeepInput } from './deep-inputs';
import type { ElementSink } from './json-body';
import { Tally } from './tally';

export type StreamedAnswer =
  | { problem: string; buffers?: undefined; tally?: undefined }
  | { problem?: undefined; buffers: Buffer[]; bytes: number; tally: Tally };

export abstract class InputStream implements ElementSink {
  protected readonly now = Date.now();
  protected readonly tally = new Tally();
  private index = 0;
  /** Set when the request is a 400 (metadata too deep to echo): nothing more is transformed. */
  protected problem: string | undefined;

  /**
   * @param level how deep the inputs sit in the body (2 in the processor's array, 3 in the router's `input`)
   */
  constructor(
    private readonly level: number,
    private readonly maxJsonDepth: number,
  ) {}

  /** The next input; `tooDeep`: the body reader saw it nest deeper than MAX_JSON_DEPTH. */
  add(raw: unknown, tooDeep: boolean): void {
    const index = this.index;
    this.index += 1;
    if (this.problem !== undefined) return;
    if (!tooDeep) return this.take(raw, index, undefined);
    const judged = judgeDeepInput(raw, index, this.level, this.maxJsonDepth);
    if (judged.requestProblem !== undefined) this.problem = judged.requestProblem;
    else this.take(judged.input, index, judged.failed);
  }

  /** Transforms one input (`early`: its failure, found before transforming) and writes what it gives. */
  protected abstract take(input: unknown, index: number, early: BaseError | undefined): void;

  /** The answer, once the body is read. */
  abstract finish(wrap: boolean): StreamedAnswer;

  /** Hands the output buffers to the next answers, once the answer is written out. */
  abstract recycle(): void;
}
