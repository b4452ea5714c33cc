// Wraps a RudderStack JS SDK (v3 or v1.1, loaded or the snippet's buffer) so every call carries the Pinterest provider.
import { withOptions, type Method } from './call-args';
import { copyOf, setProvider } from './enrich';
import type { PinterestProvider } from './types';

type Bag = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

// screen() is not in either JS SDK; `load` and the rest carry no event.
const METHODS: Method[] = ['page', 'track', 'identify', 'group', 'alias'];
// The snippets' global: the buffer array until the SDK replaces it with the loaded instance.
const GLOBAL = 'rudderanalytics';
// On each wrapper, its original: one wrapper per method whichever sync (or copy of the bundle) attached first.
const ORIGINAL = '__pinterestCapiOriginal';

/** Options with `context.providers.pinterestCAPI` set; a top-level `providers` (merged into context too) as well. */
export function optionsWith(options: unknown, p: PinterestProvider): Bag {
  const out = copyOf(options);
  setProvider((out.context = copyOf(out.context)), p);
  if (out.providers && typeof out.providers === 'object') setProvider(out, p);
  return out;
}

function wrapMethods(sdk: Bag, provider: () => PinterestProvider | undefined): () => void {
  const wrapped: Array<[Method, Fn]> = [];
  let readOnly = false;
  for (const method of METHODS) {
    const original = sdk[method] as Fn & { [ORIGINAL]?: Fn };
    if (typeof original !== 'function' || original[ORIGINAL]) continue;
    const wrapper = function (this: unknown, ...args: unknown[]) {
      const p = provider();
      return original.apply(this, p ? withOptions(method, args, (o) => optionsWith(o, p)) : args);
    };
    (wrapper as Fn & { [ORIGINAL]?: Fn })[ORIGINAL] = original;
    try {
      sdk[method] = wrapper;
    } catch {
      // read-only (an ES module namespace): reported below
    }
    if (sdk[method] === wrapper) wrapped.push([method, wrapper]);
    else readOnly = true;
  }
  if (readOnly) {
    console.warn(
      'PinterestCapiSync: attach() cannot wrap a read-only SDK object (an ES module namespace?): attach to a copy, e.g. const rudderanalytics = { ...sdk }',
    );
  }
  return () => {
    for (const [method, wrapper] of wrapped) {
      if (sdk[method] === wrapper) sdk[method] = (wrapper as Fn & { [ORIGINAL]: Fn })[ORIGINAL];
    }
  };
}

// Calls the snippet queued before attach (its own `page()` among them) get what the sync knows now.
function markQueued(queue: unknown[], p: PinterestProvider | undefined): void {
  queue.forEach((entry, i) => {
    if (p && Array.isArray(entry) && METHODS.includes(entry[0])) {
      queue[i] = [entry[0], ...withOptions(entry[0], entry.slice(1), (o) => optionsWith(o, p))];
    }
  });
}

// The snippet's buffer is replaced by the SDK when it loads (`rudderanalytics = <instance>`): attach to that too.
function followGlobal(stub: unknown, attach: (sdk: unknown) => () => void): () => void {
  const g = globalThis as unknown as Bag;
  const own = Object.getOwnPropertyDescriptor(g, GLOBAL);
  if (!own || !own.configurable || !('value' in own) || own.value !== stub) return () => undefined;
  let value = stub;
  const releases: Array<() => void> = [];
  Object.defineProperty(g, GLOBAL, {
    configurable: true,
    enumerable: own.enumerable,
    get: () => value,
    set(next: unknown) {
      value = next;
      if (next && typeof next === 'object' && next !== stub) releases.push(attach(next));
    },
  });
  return () => {
    if (Object.getOwnPropertyDescriptor(g, GLOBAL)?.get) {
      Object.defineProperty(g, GLOBAL, {
        configurable: true,
        enumerable: own.enumerable,
        writable: true,
        value,
      });
    }
    releases.forEach((release) => release());
  };
}

/** `attach(sdk)` for one sync: idempotent per SDK object; returns the detach function. */
export function makeAttach(provider: () => PinterestProvider | undefined): (sdk: unknown) => () => void {
  const attached = new WeakMap<object, () => void>();
  const attach = (sdk: unknown): (() => void) => {
    if (!sdk || typeof sdk !== 'object') {
      console.warn(
        'PinterestCapiSync: attach() takes the RudderStack SDK (window.rudderanalytics); got ' + typeof sdk,
      );
      return () => undefined;
    }
    const known = attached.get(sdk);
    if (known) return known;
    const unwrap = wrapMethods(sdk as Bag, provider);
    let unfollow = (): void => undefined;
    if (Array.isArray(sdk)) {
      markQueued(sdk, provider());
      unfollow = followGlobal(sdk, attach);
    }
    const detach = () => {
      attached.delete(sdk);
      unfollow();
      unwrap();
    };
    attached.set(sdk, detach);
    return detach;
  };
  return attach;
}
