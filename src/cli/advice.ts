// What an operator must change when Pinterest refuses the credentials: no retry helps with a 401 or 403.

/** Pinterest's answers that only the operator can fix (SPEC §11: `send` does not retry them). */
export const isAuthFailure = (status: number): status is 401 | 403 => status === 401 || status === 403;

/** Where the credentials came from, named in the advice (never the token itself). */
export interface CredentialSource {
  configPath?: string;
  adAccountId: string;
}

export function authAdvice(status: 401 | 403, s: CredentialSource): string {
  const where = s.configPath ? ` in ${s.configPath}` : ' in the destination config';
  // Pinterest: 401 = the token is invalid or revoked; 403 = the token is valid but not for this ad account.
  return status === 401
    ? `fix accessToken${where}: use a conversion access token generated in Pinterest Ads Manager ` +
        `(Conversions → Conversion access token) for ad account ${s.adAccountId}`
    : `fix adAccountId${where} (now ${s.adAccountId}), or use a conversion access token of that ad account ` +
        `(a user with access to it must generate the token)`;
}

/** Pinterest's message as a sentence, then the advice: "… (401): Authentication failed. Fix accessToken in …". */
export function withAdvice(message: string, advice: string): string {
  const first = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${first} ${advice.charAt(0).toUpperCase()}${advice.slice(1)}`;
}
