// The whole-body step the transform routes took before they worked as the body arrived: every input the body reader
// flagged as too deep judged by judgeDeepInput, by index. The stream tests' oracles run the routes' logic on it.
import type { BaseError } from '../../src/destinations/pinterest_capi/errors';
import { judgeDeepInput } from '../../src/service/deep-inputs';

export interface JudgedInputs {
  /** Inputs to fail with their own 400 entry, by index; the input itself is replaced by what can be echoed. */
  failed: Map<number, BaseError>;
  inputs: unknown[];
  /** Set when some input's metadata cannot be echoed: the whole request is a 400 with this message. */
  requestProblem?: string;
}

export function judgeDeepInputs(
  inputs: unknown[],
  tooDeep: ReadonlySet<unknown> | null,
  level: number,
  limit: number,
): JudgedInputs {
  const result: JudgedInputs = { failed: new Map(), inputs: inputs.slice() };
  inputs.forEach((raw, index) => {
    if (!tooDeep?.has(raw)) return;
    const judged = judgeDeepInput(raw, index, level, limit);
    if (judged.requestProblem !== undefined) result.requestProblem ??= judged.requestProblem;
    else if (judged.failed) {
      result.failed.set(index, judged.failed);
      result.inputs[index] = judged.input;
    }
  });
  return result;
}
