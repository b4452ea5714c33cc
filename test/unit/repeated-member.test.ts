// The body reader parses a `destination` text once per body and shares the value among the inputs that repeat it
// (src/service/repeated-member.ts): the result must stay what parsing the whole text gives, cut into any chunks,
// after any edit, and only identical texts may share a value.
import fc from 'fast-check';
import { BodyProblem } from '../../src/service/json-piece';
import { oracle, outcome, readInChunks } from '../support/json-body-oracle';

const read = (text: string, cuts: number[] = [], limit = 64) => readInChunks(text, cuts, limit).value;

type Input = { message: unknown; metadata: unknown; destination?: unknown };
const inputs = (body: unknown): Input[] =>
  (Array.isArray(body) ? body : (body as { input: Input[] }).input) as Input[];

// Few distinct destinations, so that most inputs repeat one; some with what a scanner can get wrong.
const destinations = fc.constantFrom<unknown>(
  { ID: 'a', Config: { adAccountId: '1', accessToken: 't' } },
  { ID: 'b', Config: { adAccountId: '2', accessToken: 't', eventsMapping: [{ from: 'x"y', to: 'lead' }] } },
  { ID: 'c\\"', Config: {} },
  [1, { destination: {} }],
  'a string',
  7,
  null,
);
const input = fc.record(
  {
    message: fc.oneof(fc.constant({ type: 'page' }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })),
    metadata: fc.record({ jobId: fc.nat() }),
    destination: destinations,
  },
  { requiredKeys: ['message', 'metadata'] },
);
const body = fc.oneof(
  fc.array(input, { maxLength: 8 }),
  fc.record({ input: fc.array(input, { maxLength: 8 }), destType: fc.constant('pinterest_capi') }),
);
const layout = fc.constantFrom<number | string | undefined>(undefined, undefined, 1, '\t');
const cuts = fc.array(fc.nat(), { maxLength: 8 });

it('reads inputs that repeat destinations exactly as the whole text parses, cut into any chunks', () => {
  fc.assert(
    fc.property(body, layout, cuts, (v, indent, at) => {
      const text = JSON.stringify(v, null, indent);
      expect(outcome(() => read(text, at))).toEqual(oracle(text));
    }),
    { numRuns: 2000 },
  );
});

it('after any edit (escaped, repeated or cut keys, a destination turned scalar), rejects and reads as the whole text does', () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.constantFrom(
      '',
      '"destination":{"x":1},',
      '"destin\\u0061tion":{"x":2},',
      '"destination":5,',
      '"destination":"s",',
      '"__proto__":1,',
      '"constructor":{"prototype":1},',
      '{',
      '}',
      '"',
      ',',
      ':',
      'null',
    ),
  });
  fc.assert(
    fc.property(body, layout, edit, cuts, (v, indent, e, at) => {
      const valid = JSON.stringify(v, null, indent);
      const p = e.at % (valid.length + 1);
      const text = valid.slice(0, p) + e.insert + valid.slice(p + e.remove);
      expect(outcome(() => read(text, at))).toEqual(oracle(text));
    }),
    { numRuns: 4000 },
  );
});

describe('sharing', () => {
  const dest = { ID: 'd1', Config: { adAccountId: '1', accessToken: 't' } };
  const other = { ID: 'd2', Config: { adAccountId: '2', accessToken: 't' } };
  const make = (d: unknown, jobId: number) => ({
    message: { type: 'page' },
    metadata: { jobId },
    destination: d,
  });

  it('inputs with the same destination text share one value; other texts get their own', () => {
    const text = JSON.stringify({ input: [make(dest, 1), make(other, 2), make(dest, 3), make(other, 4)] });
    const got = inputs(read(text));
    expect(got).toEqual(inputs(JSON.parse(text)));
    expect(got[2]!.destination).toBe(got[0]!.destination);
    expect(got[3]!.destination).toBe(got[1]!.destination);
    expect(got[1]!.destination).not.toBe(got[0]!.destination);
    // Keys keep their order: the destination is where the text has it.
    expect(Object.keys(got[2]!)).toEqual(['message', 'metadata', 'destination']);
  });

  it('does not share when the same object is written differently, or the key comes twice', () => {
    const spaced = JSON.stringify(make(dest, 2)).replace('"ID":"d1"', '"ID": "d1"');
    const twice = `{"message":{},"metadata":{"jobId":3},"destination":${JSON.stringify(dest)},"destination":${JSON.stringify(other)}}`;
    const text = `[${JSON.stringify(make(dest, 1))},${spaced},${twice}]`;
    const got = inputs(read(text));
    expect(got).toEqual(inputs(JSON.parse(text)));
    expect(got[1]!.destination).not.toBe(got[0]!.destination);
    expect(got[2]!.destination).toEqual(other);
  });

  it('a later escaped "destination" key still wins, as in JSON.parse', () => {
    const last = `{"message":{},"metadata":{},"destination":${JSON.stringify(dest)},"destin\\u0061tion":null}`;
    const got = inputs(read(`[${JSON.stringify(make(dest, 1))},${last}]`));
    expect(got[1]!.destination).toBeNull();
  });

  it('a bad input after a repeated destination gets the message the whole input gives', () => {
    // Same lengths, so positions match: in `a` the second input's destination is a repeat, in `b` it is not.
    const bad = `{"message":{"type":},"metadata":{},"destination":${JSON.stringify(dest)}}`;
    const a = `[${JSON.stringify(make(dest, 1))},${bad}]`;
    const b = `[${JSON.stringify(make({ ...dest, ID: 'x9' }, 1))},${bad}]`;
    const message = (text: string) => {
      try {
        read(text);
      } catch (e) {
        return (e as BodyProblem).message;
      }
      return 'read';
    };
    expect(message(a)).toMatch(/^the request body is not valid JSON \(near character \d+\)$/);
    expect(message(a)).toBe(message(b));
  });
});

describe('inputs that must not teach a wrong value, cut at every position', () => {
  const A = '{"ID":"a","Config":{"k":1}}';
  const B = '{"ID":"b"}';
  // Each first input could make a careless reader remember B (or 5, or "s") for A's text; the second input asks.
  it.each([
    ['the key twice', `[{"m":1,"destination":${A},"destination":${B}},{"destination":${A}}]`],
    ['a later escaped key', `[{"destination":${A},"destin\\u0061tion":${B}},{"destination":${A}}]`],
    ['a number, then an object member', `[{"destination":5,"x":${A}},{"destination":${A}}]`],
    ['a string, then an object member', `[{"destination":"s","x":${A}},{"destination":${A}}]`],
    [
      'spaces around the colon',
      `[{"destination" : ${A} , "destin\\u0061tion" : ${B}},{"destination" : ${A}}]`,
    ],
    [
      'in the router body',
      `{"input":[{"destination":${A},"destin\\u0061tion":${B}},{"destination":${A}}],"d":1}`,
    ],
  ])('%s', (_, text) => {
    const expected = oracle(text);
    expect(outcome(() => read(text))).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut += 1)
      expect(outcome(() => read(text, [cut]))).toEqual(expected);
  });
});
