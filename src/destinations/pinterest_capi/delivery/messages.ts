// What each delivery outcome says to the host (SPEC §9): one sentence, never the access token.

const detail = (m: string | undefined) => (m ? `: ${m}` : '');

export const deliveryMessages = {
  success: () => 'success',
  unauthorized: (m?: string) => `Pinterest rejected the access token (401)${detail(m)}`,
  forbidden: (adAccountId: string, m?: string) =>
    `The access token has no access to ad account ${adAccountId} (403)${detail(m)}`,
  throttled: (m?: string) => `Pinterest rate limit reached (429)${detail(m)}`,
  status: (status: number, m?: string) => `Pinterest answered ${status}${detail(m)}`,
  notJson: (status: number) => `Pinterest answered ${status} with a body that is not JSON`,
  eventFailed: () => 'Pinterest did not process the event',
  timeout: (ms: number) => `Pinterest did not answer within ${ms} ms`,
  tooLarge: (bytes: number) =>
    `Pinterest's answer was larger than ${+(bytes / 1024 / 1024).toFixed(3)} MB (PINTEREST_MAX_RESPONSE_MB) and was abandoned`,
  cancelled: () => 'The caller closed the connection before Pinterest answered; the delivery was cancelled',
  network: (what: string) => `Could not reach Pinterest: ${what}`,
  endpoint: () => 'endpoint is not a Pinterest events URL under PINTEREST_API_BASE_URL; nothing was sent',
  authorization: () =>
    'the Authorization header must be "Bearer <access token>" on one line (printable ASCII); nothing was sent',
  noMetadata: () => 'the proxy body needs a metadata array with one object per job; nothing was sent',
  noEvents: () =>
    'the proxy body needs body.JSON.data: a non-empty array of Pinterest events; nothing was sent',
  moreJobsThanEvents: (jobs: number, events: number) =>
    `the proxy body lists ${jobs} jobs for ${events} event(s); every job needs at least one event; nothing was sent`,
  unserialisable: () => 'the batch cannot be serialised as JSON; nothing was sent',
  summary: (ok: number, failed: number) => `Request processed: ${ok} job(s) succeeded, ${failed} failed`,
} as const;
