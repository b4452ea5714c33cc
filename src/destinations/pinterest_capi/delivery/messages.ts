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
  timeout: (ms: number) => `Pinterest did not answer within ${ms} ms`,
  network: (what: string) => `Could not reach Pinterest: ${what}`,
  endpoint: () => 'endpoint is not a Pinterest events URL under PINTEREST_API_BASE_URL; nothing was sent',
  summary: (ok: number, failed: number) => `Request processed: ${ok} job(s) succeeded, ${failed} failed`,
} as const;
