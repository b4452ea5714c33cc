// Per-user memo of a table's hashed values (SPEC §14): one cache lookup per event instead of one per hashed key.
// A user's events repeat the same raw identity values, so the event's first hashed raw value finds the user's entry
// and every other hashed row only compares its raw value with the one remembered for that row.
import QuickLRU from 'quick-lru';
import type { NormalizeContext } from '../normalize';

/** A hashed row's value for one raw string: a pure function of the string and the event's region. */
type HashRow = (raw: string, ctx: NormalizeContext) => readonly string[] | undefined;

interface Entry {
  /** The row whose raw value keys the entry (another row's equal string must not find it). */
  anchor: number;
  country: string | undefined;
  defaultPhoneCountry: string | undefined;
  /** Per row: the raw value last hashed for this user, and its result. */
  raws: (string | undefined)[];
  results: (readonly string[] | undefined)[];
}

/**
 * A fresh list per event: no array is shared between events (a host may mutate one request). Copied with slice(),
 * not built as a literal, so that V8 does not pretenure it (speed/plain.ts).
 */
const copy = (r: readonly string[] | undefined): string[] | undefined => r?.slice();

/**
 * The memo of one table's hashed rows. `begin()` starts an event; `hash(row, raw, ctx, fn)` gives `fn(raw, ctx)`,
 * remembered per user. A result is reused only for the same raw string in the same row and region, so the output
 * is what `fn` gives; a differing raw value or region recomputes (through `fn`'s own cache) and is remembered.
 */
export class IdentityMemo {
  private readonly entries: QuickLRU<string, Entry>;
  private entry: Entry | undefined = undefined;

  constructor(
    private readonly rows: number,
    size: number,
  ) {
    this.entries = new QuickLRU<string, Entry>({ maxSize: size });
  }

  begin(): void {
    this.entry = undefined;
  }

  hash(row: number, raw: string, ctx: NormalizeContext, fn: HashRow): string[] | undefined {
    let e = this.entry;
    if (e === undefined) {
      e = this.entries.get(raw);
      if (e === undefined || e.anchor !== row) {
        e = {
          anchor: row,
          country: ctx.country,
          defaultPhoneCountry: ctx.defaultPhoneCountry,
          raws: new Array<string | undefined>(this.rows).fill(undefined),
          results: new Array<readonly string[] | undefined>(this.rows).fill(undefined),
        };
        this.entries.set(raw, e);
      } else if (e.country !== ctx.country || e.defaultPhoneCountry !== ctx.defaultPhoneCountry) {
        // Another region: phone and postcode results may differ, so nothing remembered is reused.
        e.country = ctx.country;
        e.defaultPhoneCountry = ctx.defaultPhoneCountry;
        e.raws.fill(undefined);
        e.results.fill(undefined);
      }
      this.entry = e;
    }
    if (e.raws[row] === raw) return copy(e.results[row]);
    const result = fn(raw, ctx);
    e.raws[row] = raw;
    e.results[row] = result;
    return copy(result);
  }
}
