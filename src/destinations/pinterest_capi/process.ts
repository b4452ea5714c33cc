// `process`: one host input → one request per Pinterest event (SPEC §3.1).
import { resolveConfig } from './config/resolve';
import { asTypedError } from './errors';
import { buildRequest } from './request';
import { transformMessage } from './transform';
import type { ProcessorInput, RestRequest } from './types';

/** Synchronous core; throws typed errors only (an unexpected exception becomes a 500 TransformationError). */
export function processSync(input: ProcessorInput, now: number = Date.now()): RestRequest[] {
  try {
    const rc = resolveConfig(input?.destination);
    const events = transformMessage(input.message, rc, now);
    // Usually one event: its list (fresh per call) is the request's data as it is.
    if (events.length === 1) return [buildRequest(rc, events)];
    const out: RestRequest[] = [];
    for (const event of events) out.push(buildRequest(rc, [event]));
    return out;
  } catch (e) {
    throw asTypedError(e);
  }
}

export async function process(input: ProcessorInput): Promise<RestRequest[]> {
  return processSync(input);
}
