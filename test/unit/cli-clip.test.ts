// The CLI's cutting of long user values in messages (--max-value-chars).
import { clip, clipEventValues } from '../../src/cli/clip';

describe('clip', () => {
  it('keeps a text of at most max characters, cuts a longer one with a count of what was left out', () => {
    expect(clip('abcde', 5)).toBe('abcde');
    expect(clip('abcdef', 5)).toBe('abcde…[1 more characters]');
    expect(clip('x'.repeat(100_000), 200)).toBe(`${'x'.repeat(200)}…[99800 more characters]`);
  });
});

describe('clipEventValues', () => {
  const long = 'n'.repeat(30);

  it('cuts every occurrence of a long string of the event, wherever it sits in the event', () => {
    const event = { type: 'track', properties: { nested: [{ deep: long }] } };
    expect(clipEventValues(`a "${long}" and again ${long}`, event, 10)).toBe(
      `a "${'n'.repeat(10)}…[20 more characters]" and again ${'n'.repeat(10)}…[20 more characters]`,
    );
  });

  it('cuts long keys too, and the longest value first when one contains another', () => {
    const longer = `${long}${'m'.repeat(5)}`;
    const event = { [longer]: long };
    expect(clipEventValues(`key ${longer}`, event, 10)).toBe(`key ${'n'.repeat(10)}…[25 more characters]`);
  });

  it('leaves a message alone when it quotes no long value of the event', () => {
    const message = 'x'.repeat(50);
    expect(clipEventValues(message, { type: 'page', name: 'short' }, 10)).toBe(message);
    expect(clipEventValues(message, null, 10)).toBe(message);
  });
});
