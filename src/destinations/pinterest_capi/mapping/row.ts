// The one row shape of every field table: a Pinterest key, where its value comes from, and the rule that makes it.
import type { Rule as HashRule } from '../normalize';
import type { ComputedOutput } from './computed';
import type { ConditionName } from './conditions';
import type { ValueRuleName, VALUE_RULES } from './rules';

/**
 * Where a value may come from, in order:
 * - `"context.traits.email"`: a dotted path into the message;
 * - `"product.price"`: a path into each product the event describes (`properties.products[]`, or `properties`
 *   itself on single-product events, SPEC §6.4);
 * - `{ config: "partnerName" }`: a config field's value; `{ pathIn: "deduplicationKey" }`: the message value at
 *   the path a config field names;
 * - any of them as `{ path, when, rule }`: read only when the condition holds, and with its own rule.
 */
export type Source =
  | string
  | { path: string; when?: ConditionName; rule?: ValueRuleName }
  | { config: 'partnerName' | 'limitedDataProcessing'; rule?: ValueRuleName }
  | { pathIn: 'deduplicationKey' };

type ValueOutput = { [R in ValueRuleName]: NonNullable<ReturnType<(typeof VALUE_RULES)[R]>> };
type Outputs = ValueOutput & ComputedOutput;
/** The rules whose result fits a key of type V (so `wifi: boolean` cannot get a text rule). */
type RulesFor<V> = { [R in keyof Outputs]: Outputs[R] extends V ? R : never }[keyof Outputs];

interface Common<K> {
  /** The key in its object, exactly as Pinterest's schema spells it. */
  key: K;
  from: readonly Source[];
  /** Filled only for events where this holds. */
  when?: ConditionName;
  /** One line for the README's mapping reference. */
  description: string;
}

/**
 * A hashed key: the first present source (every source, with `all`) is normalised by its §7 rule and SHA-256
 * hashed, one hash per distinct normalised value. A value key: the first source whose value the rule accepts.
 */
export type HashedRow<K> = Common<K> & {
  hashed: true;
  rule: HashRule;
  /** Every source contributes, not only the first present. */
  all?: true;
  /** An array is one value's alternatives: its first entry that normalises to something (an address's country). */
  firstEntry?: true;
};
export type ValueRow<K, V> = Common<K> & { hashed: false; rule: RulesFor<V>; items?: never };
/** A key holding a list of objects, each filled from its own rows (`custom_data.contents`). */
export type ListRow<K, V> = Common<K> & { hashed: false; rule: 'items'; items: Table<V> };

// Wrapped in [ ] so that a union such as boolean is not split into true | false.
type RowFor<K, V> = [V] extends [readonly (infer I)[]]
  ? [I] extends [object]
    ? ListRow<K, I>
    : HashedRow<K> | ValueRow<K, V>
  : ValueRow<K, V>;

/** One row per key of O that the project fills. */
export type Row<O> = { [K in keyof O & string]-?: RowFor<K, NonNullable<O[K]>> }[keyof O & string];
export type Table<O> = readonly Row<O>[];

/** Any row of any table, as tools read them. */
export interface AnyRow {
  key: string;
  from: readonly Source[];
  when?: ConditionName;
  description: string;
  hashed: boolean;
  rule: string;
  all?: true;
  firstEntry?: true;
  items?: readonly AnyRow[];
}
