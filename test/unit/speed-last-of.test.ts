// lastOf (speed/caches.ts): a function remembering its last argument gives what the function gives, for any
// sequence of arguments, and calls it again only when the argument changes.
import fc from 'fast-check';
import { lastOf } from '../../src/destinations/pinterest_capi/speed';

// A small pool, so that sequences repeat values (the case the memo is for) and also change them.
const arg = fc.constantFrom('en-US', 'en_US', 'EN', 'x', '', ' fr-CA ', 'usd', 'USD', '1a');
// Some results are undefined: "nothing" must be remembered as such, not recomputed or turned into a value.
const rule = (s: string) => (s.length % 3 === 0 ? undefined : `${s.trim().toUpperCase()}!`);

it('gives what the function gives, and calls it only when the argument changes', () => {
  fc.assert(
    fc.property(fc.array(arg, { maxLength: 30 }), (args) => {
      const calls: string[] = [];
      const memo = lastOf((s: string) => {
        calls.push(s);
        return rule(s);
      });
      const results = args.map((s) => memo(s));
      const changes = args.filter((s, i) => i === 0 || s !== args[i - 1]);
      expect(results).toEqual(args.map(rule));
      expect(calls).toEqual(changes);
    }),
    { numRuns: 500 },
  );
});
