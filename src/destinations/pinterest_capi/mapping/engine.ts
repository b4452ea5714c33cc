// Runs the field tables: each row compiled once (sources, rule, condition, schema limits), then filled per event.
import type { Rule as HashRule } from '../normalize';
import { isPresent } from '../values';
import { COMPUTED } from './computed';
import { CONDITIONS, type Condition } from './conditions';
import type { EventContext } from './context';
import { firstEntryHasher, valuesHasher, type HashValue } from './hashed';
import type { AnyRow, Table } from './row';
import { VALUE_RULES, type ValueRule } from './rules';
import { compileFill, plainObjects, type DirectSource, type Fill, type RowPlan } from '../speed';
import { compileSource, inlinePath, readerOf, readSource, type CompiledSource } from './sources';

/** Pinterest's limits on a key (from its schema): a value breaking one would fail the whole batch. */
export interface Limits {
  enum?: readonly unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

type Reader = (ctx: EventContext, product: unknown) => unknown;

export interface CompiledRow<O, K extends keyof O & string = keyof O & string> {
  key: K;
  when: Condition | undefined;
  sources: readonly CompiledSource[];
  /** The value for this event (undefined: omitted), within the schema's limits. */
  read: (ctx: EventContext, product: unknown) => O[K] | undefined;
  /** False for a defaulted count (contents' quantity): alone it describes nothing. */
  describes: boolean;
}
export interface CompiledTable<O> {
  rows: readonly CompiledRow<O>[];
  fill: Fill<O, EventContext>;
  /** A new empty object for this table's keys (a plain object: its prototype is Object.prototype). */
  blank: () => Partial<O>;
}

function firstUsable(key: string, sources: readonly CompiledSource[], rule: ValueRule<unknown>): Reader {
  return (ctx, product) => {
    for (let i = 0; i < sources.length; i += 1) {
      const s = sources[i] as CompiledSource;
      if (s.when !== undefined && !s.when(ctx, key)) continue;
      const v = (s.rule ?? rule)(readSource(s, ctx, product), ctx);
      if (v !== undefined) return v;
    }
    return undefined;
  };
}

function firstPresentHashed(key: string, sources: readonly CompiledSource[], hash: HashValue): Reader {
  return (ctx, product) => {
    for (let i = 0; i < sources.length; i += 1) {
      const s = sources[i] as CompiledSource;
      if (s.when !== undefined && !s.when(ctx, key)) continue;
      const raw = readSource(s, ctx, product);
      if (isPresent(raw)) return hash(raw, ctx);
    }
    return undefined;
  };
}

function everyHashed(key: string, sources: readonly CompiledSource[], hash: HashValue): Reader {
  return (ctx, product) => {
    let one: unknown;
    let list: unknown[] | undefined;
    for (const s of sources) {
      if (s.when !== undefined && !s.when(ctx, key)) continue;
      const raw = readSource(s, ctx, product);
      if (!isPresent(raw)) continue;
      if (one === undefined) one = raw;
      else (list ??= [one]).push(raw);
    }
    return hash(list ?? one, ctx);
  };
}

function items<I>(table: CompiledTable<I>): Reader {
  return (ctx) => {
    const products = ctx.products;
    if (!products) return undefined;
    let out: Partial<I>[] | undefined;
    for (const p of products) {
      const item = table.blank();
      if (fillRows(item, table, ctx, p) === 0) continue;
      if (out) out.push(item);
      else out = [item];
    }
    return out;
  };
}

/** A check of Pinterest's limits for a key, or undefined when it has none. */
function limitCheck(limits: Limits | undefined): ((v: unknown) => boolean) | undefined {
  if (!limits) return undefined;
  const { enum: allowed, maxLength, minimum, maximum } = limits;
  if (!allowed && maxLength === undefined && minimum === undefined && maximum === undefined) return undefined;
  return (v) =>
    !(allowed && !allowed.includes(v)) &&
    !(typeof v === 'string' && maxLength !== undefined && v.length > maxLength) &&
    !(typeof v === 'number' && minimum !== undefined && v < minimum) &&
    !(typeof v === 'number' && maximum !== undefined && v > maximum);
}

function withinLimits(read: Reader, fits: ((v: unknown) => boolean) | undefined): Reader {
  if (!fits) return read;
  return (ctx, product) => {
    const v = read(ctx, product);
    return v !== undefined && fits(v) ? v : undefined;
  };
}

/** The schema's limits of each key of one object, and those of its list items' objects by list key. */
export interface SchemaObject {
  props: Readonly<Record<string, Limits>>;
  items?: Readonly<Record<string, SchemaObject>>;
}

interface Compiled<O> {
  row: CompiledRow<O>;
  plan: RowPlan;
}

/** Sources the generated fill can read inline: message and product paths, config values (`ctx.rc.config.<key>`). */
function direct(sources: readonly CompiledSource[]): DirectSource[] | undefined {
  const out: DirectSource[] = [];
  for (const s of sources) {
    const path = inlinePath(s);
    if (path === undefined) return undefined;
    out.push({ root: path.root, keys: path.keys, when: s.when, rule: s.rule });
  }
  return out;
}

function compileRow<O>(row: AnyRow, schema: SchemaObject): Compiled<O> {
  const key = row.key as keyof O & string;
  const sources = row.from.map(compileSource);
  const fits = limitCheck(schema.props[key]);
  let read: Reader;
  let plan: RowPlan['direct'];
  if (row.hashed) {
    const rule = row.rule as HashRule;
    const hasher = row.firstEntry ? firstEntryHasher : valuesHasher;
    const hash = hasher(rule);
    read = row.all ? everyHashed(key, sources, hash) : firstPresentHashed(key, sources, hash);
    const inline = direct(sources);
    plan = inline && {
      sources: inline,
      hashed: true,
      hash,
      memoHash: hasher(rule, 'memo'),
      all: row.all === true,
    };
  } else if (row.items) {
    const itemSchema = schema.items?.[key] ?? { props: {} };
    read = items(compileTable<unknown>(row.items, itemSchema));
  } else if (row.rule in COMPUTED) {
    const computed = COMPUTED[row.rule as keyof typeof COMPUTED];
    const at = readerOf(sources);
    read = (ctx) => computed(sources, ctx, key, at);
  } else {
    const rule = VALUE_RULES[row.rule as keyof typeof VALUE_RULES];
    read = firstUsable(key, sources, rule);
    const inline = direct(sources);
    plan = inline && { sources: inline, hashed: false, rule };
  }
  const when = row.when ? CONDITIONS[row.when] : undefined;
  const describes = row.rule !== 'count';
  return {
    row: {
      key,
      when,
      sources,
      // The row's type ties its rule's result to the key's wire type (mapping/row.ts); this is where that is trusted.
      read: withinLimits(read, fits) as CompiledRow<O>['read'],
      describes,
    },
    plan: { key, when, describes, direct: plan, read: withinLimits(read, fits), fits },
  };
}

/** Every row compiled; `fill` fills all but those in `skip` (keys the caller sets itself). */
export function compileTable<O>(
  table: Table<O> | readonly AnyRow[],
  schema: SchemaObject,
  skip: ReadonlySet<string> = new Set(),
): CompiledTable<O> {
  const compiled = table.map((row: AnyRow) => compileRow<O>(row, schema));
  const plans = compiled.filter((c) => !skip.has(c.row.key)).map((c) => c.plan);
  return {
    rows: compiled.map((c) => c.row),
    fill: compileFill<O, EventContext>(plans, isPresent),
    blank: plainObjects<O>(),
  };
}

/** Fills `out` from the table for this event; returns how many keys that describe something were filled. */
export const fillRows = <O>(
  out: Partial<O>,
  table: CompiledTable<O>,
  ctx: EventContext,
  product?: unknown,
): number => table.fill(out, ctx, product);
