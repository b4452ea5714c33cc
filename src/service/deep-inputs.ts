// Inputs nested deeper than MAX_JSON_DEPTH (SPEC §10): each gets its own 400 entry, or the request is a 400 when
// the input's metadata itself is too deep to be echoed back. Only inputs the body reader flagged are walked.
import {
  ConfigurationError,
  InstrumentationError,
  type BaseError,
} from '../destinations/pinterest_capi/errors';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';

/** How deep `value` nests (a scalar is 0, `{}` is 1), counted without recursion and up to `cap` + 1 at most. */
export function nestingDepth(value: unknown, cap: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [object, number];
    if (depth > deepest) deepest = depth;
    if (deepest > cap) return deepest;
    for (const k in node) {
      const child = (node as Record<string, unknown>)[k];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Scalar top-level fields only (ID, Name, WorkspaceID, …): what can always be echoed of a destination. */
function shallowDestination(destination: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (destination !== null && typeof destination === 'object') {
    for (const [k, v] of Object.entries(destination)) if (v === null || typeof v !== 'object') out[k] = v;
  }
  return out;
}

/** What the service does with one input its body reader flagged as nested too deep. */
export type DeepInput =
  | { requestProblem: string; failed?: undefined; input?: undefined }
  | { requestProblem?: undefined; failed?: BaseError; input: unknown };

/**
 * One flagged input: the whole request is a 400 when its metadata cannot be echoed; an input whose destination or
 * message is too deep fails alone (replaced by what can be echoed of it); a deep part the service neither reads
 * nor echoes changes nothing.
 * @param level how deep the inputs sit in the body (2 in the processor's array, 3 in the router's `input`)
 */
export function judgeDeepInput(raw: unknown, index: number, level: number, limit: number): DeepInput {
  const room = limit - level;
  // Anything but an object is read as the message itself (as the processor route does).
  const input = (
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : { message: raw }
  ) as Partial<ProcessorInput>;
  if (nestingDepth(input.metadata, room) > room)
    return {
      requestProblem: `the metadata of input ${index} nests deeper than ${limit} levels (MAX_JSON_DEPTH) and cannot be echoed`,
    };
  const why =
    nestingDepth(input.destination, room) > room
      ? new ConfigurationError(`the destination nests deeper than ${limit} levels (MAX_JSON_DEPTH) allows`)
      : nestingDepth(input.message, room) > room
        ? new InstrumentationError(`the message nests deeper than ${limit} levels (MAX_JSON_DEPTH) allows`)
        : undefined;
  if (!why) return { input: raw };
  return {
    failed: why,
    input: { metadata: input.metadata, destination: shallowDestination(input.destination) },
  };
}
