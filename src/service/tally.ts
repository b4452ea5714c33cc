// Counts of one request, added to prom-client once per request and label, never once per event (SPEC §10 metrics).
import type { Feature } from '../destinations/pinterest_capi';
import { SCHEMA_PROPS } from '../destinations/pinterest_capi/pinterest-fields';
import type { PinterestEvent } from '../destinations/pinterest_capi/transform';
import type { Metrics } from './metrics';

/** The user_data keys of Pinterest's schema: the only `key` label values (their number is fixed). */
export const IDENTIFIER_KEYS = Object.keys(SCHEMA_PROPS.user_data);
const SLOT = new Map(IDENTIFIER_KEYS.map((k, i) => [k, i]));

/** user_data read as a record: its keys are counted, nothing is written through it. */
const readable = (userData: object | undefined) => userData as Readonly<Record<string, unknown>> | undefined;
const present = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export class Tally {
  transformed = 0;
  filtered = 0;
  batches = 0;
  readonly failed = new Map<string, number>();
  /** Events carrying each user_data key, by the key's place in IDENTIFIER_KEYS. */
  private readonly identifiers = new Array<number>(IDENTIFIER_KEYS.length).fill(0);

  /** An input that gave no event: filtered (298, the host's "filtered" status) or failed with `status`. */
  noEvent(status: number) {
    if (status === 298) this.filtered += 1;
    else this.fail(status);
  }

  fail(status: number) {
    const reason = String(status);
    this.failed.set(reason, (this.failed.get(reason) ?? 0) + 1);
  }

  /** Counts the events produced, and the identifiers each carries. */
  events(events: readonly PinterestEvent[]) {
    this.transformed += events.length;
    for (const event of events) {
      const userData = readable(event.user_data);
      for (const key in userData) {
        const slot = SLOT.get(key);
        if (slot !== undefined && present(userData[key]))
          this.identifiers[slot] = (this.identifiers[slot] ?? 0) + 1;
      }
    }
  }

  flush(metrics: Metrics, feature: Feature) {
    if (this.transformed) metrics.transformed.inc({ feature }, this.transformed);
    if (this.filtered) metrics.filtered.inc({ feature }, this.filtered);
    if (this.batches) metrics.batches.inc({ feature }, this.batches);
    for (const [reason, n] of this.failed) metrics.failed.inc({ feature, reason }, n);
    this.identifiers.forEach((n, slot) => {
      if (n) metrics.identifiers.inc({ feature, key: IDENTIFIER_KEYS[slot] as string }, n);
    });
  }
}
