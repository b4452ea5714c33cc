// A row's sources compiled once (paths split, accessors generated), and read per event.
import {
  compilePath,
  compileReader,
  getPath,
  type Path,
  type ReaderSource,
  type Root,
  type SourceReader,
} from '../speed';
import type { EventContext } from './context';
import { CONDITIONS, type Condition } from './conditions';
import type { Source } from './row';
import { VALUE_RULES, type ValueRule } from './rules';

export enum SourceKind {
  Message,
  Product,
  Config,
  PathInConfig,
}

export interface CompiledSource {
  kind: SourceKind;
  /** Message or product path; undefined for config sources. */
  path: Path | undefined;
  config: 'partnerName' | 'limitedDataProcessing' | undefined;
  when: Condition | undefined;
  rule: ValueRule<unknown> | undefined;
  /** As written in the row, for the mapping reference. */
  dotted: string;
}

const PRODUCT = 'product.';

export function compileSource(s: Source): CompiledSource {
  const spec = typeof s === 'string' ? { path: s } : s;
  if ('config' in spec) {
    const rule = spec.rule ? VALUE_RULES[spec.rule] : undefined;
    return {
      kind: SourceKind.Config,
      path: undefined,
      config: spec.config,
      when: undefined,
      rule,
      dotted: `config.${spec.config}`,
    };
  }
  if ('pathIn' in spec) {
    return {
      kind: SourceKind.PathInConfig,
      path: undefined,
      config: undefined,
      when: undefined,
      rule: undefined,
      dotted: `<config.${spec.pathIn}>`,
    };
  }
  const product = spec.path.startsWith(PRODUCT);
  return {
    kind: product ? SourceKind.Product : SourceKind.Message,
    path: compilePath(product ? spec.path.slice(PRODUCT.length) : spec.path),
    config: undefined,
    when: spec.when ? CONDITIONS[spec.when] : undefined,
    rule: spec.rule ? VALUE_RULES[spec.rule] : undefined,
    dotted: spec.path,
  };
}

/** The raw value of a source for this event (`product`: the product being described, for product paths). */
export function readSource(s: CompiledSource, ctx: EventContext, product: unknown): unknown {
  switch (s.kind) {
    case SourceKind.Message:
      return getPath(ctx.message, s.path as Path);
    case SourceKind.Product:
      return getPath(product, s.path as Path);
    case SourceKind.Config:
      return ctx.rc.config[s.config as 'partnerName'];
    case SourceKind.PathInConfig:
      return getPath(ctx.message, ctx.rc.dedupPath);
  }
}

/** Where a source's value lies as a path the generated code reads inline; undefined for the config's dedup path. */
export function inlinePath(s: CompiledSource): { root: Root; keys: readonly string[] } | undefined {
  switch (s.kind) {
    case SourceKind.Message:
      return { root: 'message', keys: s.path as Path };
    case SourceKind.Product:
      return { root: 'product', keys: s.path as Path };
    case SourceKind.Config:
      return { root: 'context', keys: ['rc', 'config', s.config as string] };
    case SourceKind.PathInConfig:
      return undefined;
  }
}

/** One generated reader of a row's sources: `at(i, ctx, product)` is `readSource(sources[i], ctx, product)`. */
export function readerOf(sources: readonly CompiledSource[]): SourceReader {
  return compileReader(
    sources.map(
      (s): ReaderSource => inlinePath(s) ?? { read: (ctx) => readSource(s, ctx as EventContext, undefined) },
    ),
  );
}
