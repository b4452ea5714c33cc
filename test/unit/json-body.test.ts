// The service's streaming JSON reader (SPEC §10) against secure-json-parse on the whole text, Fastify's own parser:
// any JSON, cut into any chunks (inside strings, escapes and multi-byte characters), gives the same value; any
// text it rejects, the reader rejects; nesting beyond the limit is reported, never followed.
import fc from 'fast-check';
import { JsonBodyReader } from '../../src/service/json-body';
import { BodyProblem, tooDeepMessage } from '../../src/service/json-piece';
import {
  Collected,
  oracle,
  outcome,
  readCollecting,
  readInChunks as read,
} from '../support/json-body-oracle';

// Strings rich in what a scanner can get wrong: quotes, backslashes, multi-byte and astral characters.
const tricky = fc.string({
  unit: fc.constantFrom('"', '\\', 'a', ' ', 'é', '😀', '\n', '\u2028', '[', '{', ',', ':'),
});
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('any'), { maxKeys: 4 }),
  ),
})).any;
// The shapes the routes receive: an array of inputs, or an object whose `input` is one.
const body = fc.oneof(
  value,
  fc.array(value, { maxLength: 6 }),
  fc.record({ input: fc.array(value, { maxLength: 6 }), destType: tricky }),
);
const layout = fc.constantFrom<number | string | undefined>(undefined, 1, 2, '\t');
const cuts = fc.array(fc.nat(), { maxLength: 8 });

it('reads any JSON, cut into any chunks, exactly as the whole text parses', () => {
  fc.assert(
    fc.property(body, layout, cuts, (v, indent, at) => {
      const text = JSON.stringify(v, null, indent);
      expect(outcome(() => read(text, at).value)).toEqual(oracle(text));
      // The same with the elements of the object's array members given to a sink, as the router routes do.
      expect(outcome(() => readCollecting(text, at))).toEqual(oracle(text));
    }),
    { numRuns: 2000 },
  );
});

it('rejects exactly the texts the whole-text parser rejects', () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 2 }),
    insert: fc.constantFrom(
      '',
      '"',
      '\\',
      ',',
      ':',
      '[',
      ']',
      '{',
      '}',
      'x',
      '1',
      ' ',
      '"__proto__":1,',
      '\u00e9',
    ),
  });
  fc.assert(
    fc.property(body, layout, edit, cuts, (v, indent, e, at) => {
      const valid = JSON.stringify(v, null, indent);
      const p = e.at % (valid.length + 1);
      const text = valid.slice(0, p) + e.insert + valid.slice(p + e.remove);
      // What arrives is UTF-8: a cut through a surrogate pair reaches the server as U+FFFD, for both parsers.
      const wire = Buffer.from(text, 'utf8').toString('utf8');
      expect(outcome(() => read(text, at).value)).toEqual(oracle(wire));
      expect(outcome(() => readCollecting(text, at))).toEqual(oracle(wire));
    }),
    { numRuns: 3000 },
  );
});

describe('cases', () => {
  it.each([
    ['an empty body', '', 'the request body is empty: send a JSON body'],
    ['only spaces', '  \n ', 'the request body is empty: send a JSON body'],
    ['a trailing comma', '[1,]', 'the request body is not valid JSON (near character 3)'],
    ['an unterminated array', '{"input": [', 'the request body is not valid JSON (near character 11)'],
    ['text after the value', '{"a":1} x', 'the request body is not valid JSON (near character 8)'],
    ['a top-level __proto__ key', '{"__proto__":{"x":1}}', 'Object contains forbidden prototype property'],
    ['a nested __proto__ key', '[{"a":{"__proto__":{}}}]', 'Object contains forbidden prototype property'],
    [
      'constructor.prototype',
      '{"constructor":{"prototype":{}}}',
      'Object contains forbidden prototype property',
    ],
  ])('%s is a BodyProblem', (_, text, message) => {
    expect(() => read(text)).toThrow(new BodyProblem(message) as never);
    try {
      read(text);
    } catch (e) {
      expect(e).toBeInstanceOf(BodyProblem);
      expect((e as BodyProblem).message).toBe(message);
    }
  });

  it('a leading byte-order mark is skipped', () => {
    expect(read('\ufeff[{"a":1}]').value).toEqual([{ a: 1 }]);
  });

  it('marks the array elements nested deeper than the limit, at the top level and in an array member', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    // The body is level 1: elements of a top-level array start at 2, of `input` at 3.
    const top = read(`[${deep(3)},${deep(4)},1]`, [], 4);
    expect([...top.tooDeep]).toEqual([(top.value as unknown[])[1]]);
    const member = read(`{"input":[${deep(2)},${deep(3)}],"destType":"x"}`, [], 4);
    expect([...member.tooDeep]).toEqual([(member.value as { input: unknown[] }).input[1]]);
    const sunk = read(`{"input":[${deep(2)},${deep(3)}],"destType":"x"}`, [], 4, () => new Collected());
    expect((sunk.value as { input: Collected }).input.tooDeep).toEqual([false, true]);
    expect([...sunk.tooDeep]).toEqual([]);
    const sunkTop = read(`[${deep(3)},${deep(4)},1]`, [], 4, () => new Collected());
    expect((sunkTop.value as Collected).tooDeep).toEqual([false, true, false]);
  });

  it('gives each element to its sink as soon as the element is complete, before the body ends', () => {
    const sink = new Collected();
    const reader = new JsonBodyReader(64, (key) => (key === 'input' ? sink : undefined));
    reader.write(Buffer.from('{"input":[{"a":1},{"b":[2]},{"c"'));
    expect(sink.values).toEqual([{ a: 1 }, { b: [2] }]);
    reader.write(Buffer.from(':3}],"destType":"x"}'));
    expect(sink.values).toHaveLength(3);
    expect(reader.end().value).toEqual({ input: sink, destType: 'x' });
  });

  it('refuses the whole body when the nesting is elsewhere, without following it', () => {
    const text = `{"input":[],"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(() => read(text, [], 256)).toThrow(new BodyProblem(tooDeepMessage(256)) as never);
  });
});

describe('forbidden keys spelt with \\u escapes', () => {
  // Each character as itself or as a \u escape with upper- or lower-case hex digits, as JSON allows.
  const spelt = (word: string) =>
    fc
      .array(fc.constantFrom('plain', 'lower', 'upper'), { minLength: word.length, maxLength: word.length })
      .map((how) =>
        [...word]
          .map((c, i) => {
            const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
            return how[i] === 'plain' ? c : `\\u${how[i] === 'upper' ? hex.toUpperCase() : hex}`;
          })
          .join(''),
      );
  const key = fc.oneof(
    spelt('__proto__').map((k) => `"${k}":{"x":1}`),
    spelt('constructor').map((k) => `"${k}":{"prototype":{"x":1}}`),
  );

  it('are refused inside an input, however spelt, as secure-json-parse refuses them', () => {
    fc.assert(
      fc.property(key, cuts, (member, at) => {
        const text = `{"input":[{"a":1},{"message":{${member}}}],"destType":"x"}`;
        expect(oracle(text)).toEqual({ rejected: true });
        expect(outcome(() => read(text, at).value)).toEqual({ rejected: true });
        expect(() => read(text, at)).toThrow(BodyProblem as never);
      }),
      { numRuns: 500 },
    );
  });

  it('other \\u escapes parse as before', () => {
    const text = '{"input":[{"n\\u0061me":"\\u00e9t\\u00E9","constructor":"c"}],"destType":"x"}';
    expect(read(text).value).toEqual({ input: [{ name: 'été', constructor: 'c' }], destType: 'x' });
  });
});
