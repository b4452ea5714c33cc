// Puts call options into a RudderStack SDK call, by the argument-overload rules its JS SDKs v3 and v1.1 share.
export type Method = 'page' | 'track' | 'identify' | 'group' | 'alias';

const isPlain = (v: unknown): boolean => !!v && typeof v === 'object' && !Array.isArray(v);
const idOrTraits = (a: unknown[]): number => (isPlain(a[0]) || a[0] === null ? 1 : 2);

// Where the options argument sits, by the form of the call (both SDKs read the same forms):
// page(category, name, properties, options) | page(name, properties, options) | page(properties, options);
// track(event, properties, options); identify/group(id, traits, options) | (traits or null, options);
// alias(to, from, options) | alias(to, options or null). A function ends the arguments: it is the callback.
const OPTIONS_AT: Record<Method, (a: unknown[]) => number> = {
  page: (a) => (isPlain(a[0]) ? 1 : isPlain(a[1]) ? 2 : 3),
  track: () => 2,
  identify: idOrTraits,
  group: idOrTraits,
  alias: (a) => (isPlain(a[1]) || a[1] === null ? 1 : 2),
};

/**
 * The same call with `decorate(options)` in the options position (undefined when the call had none) and the
 * callback, if any, right after it: every form keeps its meaning. `group()` alone is left as it is (v1.1 sends
 * nothing for it).
 */
export function withOptions(
  method: Method,
  args: unknown[],
  decorate: (options: unknown) => unknown,
): unknown[] {
  if (method === 'group' && !args.length) return args;
  const at = OPTIONS_AT[method](args);
  // the SDKs look for the callback among their declared parameters only
  const arity = method === 'page' ? 5 : 4;
  let cb = 0;
  while (cb < Math.min(args.length, arity) && typeof args[cb] !== 'function') cb++;
  const out: unknown[] = [];
  for (let i = 0; i < at; i++) out.push(i < cb ? args[i] : undefined);
  out.push(decorate(at < cb ? args[at] : undefined));
  if (typeof args[cb] === 'function' && cb < arity) out.push(args[cb]);
  return out;
}
