// `process`: one host input → one request per Pinterest event (SPEC §3.1).
import { resolveConfig } from './config/resolve';
import { buildRequest } from './request';
import { transformMessage } from './transform';
import type { ProcessorInput, RestRequest } from './types';

/** Synchronous core, shared with the router so that a batch does not pay a promise per event. */
export function processSync(input: ProcessorInput, now: number = Date.now()): RestRequest[] {
  const rc = resolveConfig(input?.destination);
  return transformMessage(input.message, rc, now).map((event) => buildRequest(rc, [event]));
}

export async function process(input: ProcessorInput): Promise<RestRequest[]> {
  return processSync(input);
}
