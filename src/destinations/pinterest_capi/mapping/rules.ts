// Named rules for values that are sent as they are, after a check or a small conversion (SPEC §6, §7).
// A rule turns one raw value into the wire value, or undefined when the value is not usable there.
import { isIP } from 'node:net';
import { withoutEpik } from '../consent';
import { printAmount, toNumber, toQuantity } from '../numbers';
import { lastOf } from '../speed';
import { asString, asText, trimmed } from '../values';
import type { EventContext } from './context';
import { toSeconds } from './time';

export type ValueRule<V> = (raw: unknown, ctx: EventContext) => V | undefined;

const LANGUAGE = /^([a-z]{2})(?:[-_]|$)/i;
const CURRENCY = /^[A-Z]{3}$/;
// BCP-47: a language subtag, then subtags of letters and digits.
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

// Pinterest's device_info.os_family values for the OS names CDP SDKs send (context.os.name).
const OS_FAMILY: Readonly<Record<string, 'ios' | 'android' | 'macos' | 'windows' | 'linux'>> = {
  ios: 'ios',
  ipados: 'ios',
  android: 'android',
  'mac os': 'macos',
  'mac os x': 'macos',
  macos: 'macos',
  windows: 'windows',
  linux: 'linux',
};

// A stream's events repeat one currency, language and locale: each check remembers its last text (SPEC §14).
const currencyCode = lastOf((text: string) => {
  const c = text.toUpperCase();
  return CURRENCY.test(c) ? c : undefined;
});
const languageCode = lastOf((text: string) => LANGUAGE.exec(trimmed(text))?.[1]?.toLowerCase());
const bcp47 = lastOf((text: string) => {
  const s = text.replace(/_/g, '-');
  return LOCALE.test(s) ? s : undefined;
});

/** Pinterest: click_id is "the unique identifier stored in _epik cookie ... or &epik= query parameter in the URL". */
function epikParam(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const q = raw.indexOf('?');
  const query = q === -1 ? raw : raw.slice(q + 1);
  if (!query.includes('epik=')) return undefined;
  return asString(new URLSearchParams(query.split('#')[0]).get('epik'));
}

export const VALUE_RULES = {
  /** Strings trimmed, finite numbers printed. */
  text: asText,
  /** Strings only, trimmed: a number is no IP, agent or URL (SPEC §6.2). */
  string: asString,
  /** An IPv4 or IPv6 address (net.isIP). */
  ip: (raw) => {
    const s = asString(raw);
    return s !== undefined && isIP(s) !== 0 ? s : undefined;
  },
  /** A URL (strings only); its epik parameter removed when the visitor refused the click ID (SPEC §6.6). */
  url: (raw, ctx) => {
    const s = asString(raw);
    return s !== undefined && ctx.clickIdDenied ? withoutEpik(s) : s;
  },
  boolean: (raw) => (typeof raw === 'boolean' ? raw : undefined),
  /** The opposite of a boolean flag: Pinterest's opt_out is "not adTrackingEnabled". */
  inverted: (raw) => (typeof raw === 'boolean' ? !raw : undefined),
  /** A safe integer, from a number or a numeric string. */
  integer: (raw) => toQuantity(raw),
  /** A count: a safe integer, 1 when absent or not one (a product's quantity). */
  count: (raw) => toQuantity(raw) ?? 1,
  /** Unix seconds from an ISO-8601 date-time or an epoch (ms when ≥ 1e11, else s). */
  seconds: toSeconds,
  /** A money amount as the number it denotes, printed ("27.50" → "27.5"); Pinterest parses it into a double. */
  amount: (raw) => {
    const n = toNumber(raw);
    return n === undefined ? undefined : printAmount(n);
  },
  // Pinterest: currency is an ISO-4217 code.
  currency: (raw) => {
    const text = asText(raw);
    return text === undefined ? undefined : currencyCode(text);
  },
  // Pinterest: language is a "two-character ISO-639-1 language code".
  language: (raw) => (typeof raw === 'string' ? languageCode(raw) : undefined),
  /** A BCP-47 locale; `en_US` (POSIX spelling) is sent as `en-US`. */
  locale: (raw) => {
    const s = asString(raw);
    return s === undefined ? undefined : bcp47(s);
  },
  osFamily: (raw) => {
    const name = asString(raw)?.toLowerCase();
    return name === undefined ? undefined : (OS_FAMILY[name] ?? 'other');
  },
  /** `context.network.wifi: true` → Pinterest's network_type `wifi`. */
  wifiNetwork: (raw) => (raw === true ? 'wifi' : undefined),
  epikParam,
  /** A Limited Data Processing flag that is `true` (config limitedDataProcessing, context.ldp) → "LDP". */
  ldpFlag: (raw) => (raw === true ? 'LDP' : undefined),
  /** A value that says LDP (any case) → "LDP" (SPEC §6.3). */
  ldpValue: (raw) => (asText(raw)?.toUpperCase() === 'LDP' ? 'LDP' : undefined),
} satisfies Record<string, ValueRule<unknown>>;

export type ValueRuleName = keyof typeof VALUE_RULES;
