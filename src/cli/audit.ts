// `pinterest-capi audit`: without sending anything, how many events per Pinterest event name carry each identifier
// Pinterest matches on, and how many inputs would be filtered or rejected (SPEC §11).
import type { PinterestEvent } from '../destinations/pinterest_capi';
import { DEFAULT_MAX_VALUE_CHARS } from './clip';
import { loadConfig } from './config';
import { readAndTransform } from './inputs';
import { DEFAULT_TOP_ERRORS, Tally } from './summary';

/** The columns of the report: user_data keys, the IP + user agent pair, and the deduplication ID. */
export const COLUMNS = [
  'em',
  'ph',
  'external_id',
  'hashed_maids',
  'click_id',
  'client_ip_address+client_user_agent',
  'event_id',
] as const;
export type Column = (typeof COLUMNS)[number];

export interface Coverage {
  events: number;
  /** Events carrying each column's value. */
  with: Record<Column, number>;
  /** The same as a share of `events`, in %, one decimal. */
  percent: Record<Column, number>;
}

export interface Outcome {
  count: number;
  topReasons: { message: string; count: number }[];
}

export interface AuditReport {
  /** Non-blank lines of the file. */
  inputs: number;
  /** Inputs that would be sent, and the Pinterest events they become (more with multiplexing). */
  toSend: number;
  events: number;
  eventNames: Record<string, Coverage>;
  total: Coverage;
  filtered: Outcome;
  rejected: Outcome;
}

const present = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Read from the produced event itself, so the audit says what Pinterest would receive. */
function carries(event: PinterestEvent, column: Column): boolean {
  const user: Record<string, unknown> = { ...event.user_data };
  if (column === 'event_id') return present(event.event_id);
  if (column === 'client_ip_address+client_user_agent')
    return present(user.client_ip_address) && present(user.client_user_agent);
  return present(user[column]);
}

const zeros = () => Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;

function count(events: PinterestEvent[]): Coverage {
  const withIt = zeros();
  for (const e of events) for (const c of COLUMNS) if (carries(e, c)) withIt[c] += 1;
  const percent = zeros();
  for (const c of COLUMNS)
    percent[c] = events.length ? Math.round((withIt[c] * 1000) / events.length) / 10 : 0;
  return { events: events.length, with: withIt, percent };
}

function outcome(messages: string[], top: number): Outcome {
  const tally = new Tally();
  for (const m of messages) tally.add(m);
  return { count: messages.length, topReasons: tally.top(top) };
}

export interface AuditOptions {
  config: string;
  events?: string;
  fillTimestamp: boolean;
  maxValueChars?: number;
  topErrors?: number;
}

export async function runAudit(o: AuditOptions): Promise<AuditReport> {
  const { Config } = loadConfig(o.config);
  const c = await readAndTransform(
    { ID: 'cli-audit', Config },
    {
      events: o.events,
      fillTimestamp: o.fillTimestamp,
      maxValueChars: o.maxValueChars ?? DEFAULT_MAX_VALUE_CHARS,
    },
  );
  const all = c.done.flatMap((t) => t.events);
  const byName = new Map<string, PinterestEvent[]>();
  for (const e of all) {
    const name = String(e.event_name);
    const list = byName.get(name);
    if (list) list.push(e);
    else byName.set(name, [e]);
  }
  // Most events first, then by name: the same input gives the same report.
  const names = [...byName.keys()].sort(
    (a, b) => (byName.get(b)?.length ?? 0) - (byName.get(a)?.length ?? 0) || (a < b ? -1 : 1),
  );
  const top = o.topErrors ?? DEFAULT_TOP_ERRORS;
  return {
    inputs: c.inputs,
    toSend: c.done.length,
    events: all.length,
    eventNames: Object.fromEntries(names.map((n) => [n, count(byName.get(n) ?? [])])),
    total: count(all),
    filtered: outcome(c.filtered, top),
    rejected: outcome(c.rejected, top),
  };
}
