// Plain objects made without an allocation site, for what the router keeps until its call returns.
//
// V8 gives every object and array literal an allocation site, and when most objects of a site survive a minor GC
// (a router's events do: they are kept until the call returns), it moves the site's allocations to the old
// generation ("pretenuring"). For the event and its hashed lists that made processRouterDest ~3× slower per event
// than process (docs/performance-core.md, round 4). Objects made by a constructor have no allocation site, nor do
// lists copied with slice().

type Maker<O> = () => Partial<O>;

/**
 * A maker of empty plain objects (prototype Object.prototype, as `{}` gives). Filled one key at a time, they also
 * get room for all the keys their maker's objects were seen to take (V8's slack tracking), where `{}` has room for
 * 4 and then grows a separate property store.
 */
export function plainObjects<O>(): Maker<O> {
  function Plain() {}
  Plain.prototype = Object.prototype;
  return () => new (Plain as unknown as new () => Partial<O>)();
}
