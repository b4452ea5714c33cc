// Sets `context.providers.pinterestCAPI` (the epik, or the consent:false marker) on an event or call options.
import type { PinterestProvider } from './types';

type Bag = Record<string, unknown>;

/** A shallow copy of a plain object, else a new one: the caller's own objects are never written to. */
export const copyOf = (value: unknown): Bag =>
  value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Bag) } : {};

/** parent.providers.pinterestCAPI = the epik (merged with what is there) or exactly {consent: false}. */
export function setProvider(parent: Bag, p: PinterestProvider): void {
  const providers = (parent.providers = copyOf(parent.providers));
  providers.pinterestCAPI = p.epik
    ? { ...copyOf(providers.pinterestCAPI), epik: p.epik }
    : { consent: false };
}

/** Sets `event.context.providers.pinterestCAPI` in place (copying context and providers); nothing without p. */
export function addProvider<T>(event: T, p: PinterestProvider | undefined): T {
  if (p && event && typeof event === 'object') {
    const bag = event as Bag;
    setProvider((bag.context = copyOf(bag.context)), p);
  }
  return event;
}
