// Pinterest may echo what it was sent: every text that came from it is scrubbed of the access token and of any
// `Bearer …` value before it is returned or logged (SPEC §9).

const BEARER = /\bBearer\s+[^\s"'\\,;]+/gi;
export const REDACTED = '[redacted]';
/** Shorter "secrets" are no real tokens; replacing them would garble every message (e.g. a test token "t"). */
const MIN_SECRET = 6;

export type Scrub = (text: string) => string;

export function scrubber(secrets: readonly unknown[]): Scrub {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET);
  return (text) => {
    let out = text;
    for (const s of list) if (out.includes(s)) out = out.replaceAll(s, REDACTED);
    return out.replace(BEARER, `Bearer ${REDACTED}`);
  };
}

/** A JSON value with every string scrubbed (through its text, so nothing recurses); undefined if it cannot be. */
export function scrubJson(value: unknown, scrub: Scrub): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return scrub(value);
  try {
    return JSON.parse(scrub(JSON.stringify(value)));
  } catch {
    return undefined;
  }
}

/** The token of `Authorization: Bearer <token>`, whatever the header's case. */
export function authorizationOf(headers: unknown): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'authorization' && typeof v === 'string') return v;
  }
  return undefined;
}

export const tokenOf = (authorization: string | undefined) =>
  authorization === undefined ? undefined : authorization.replace(/^\s*bearer\s+/i, '').trim();
