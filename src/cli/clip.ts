// Long user values (a 100,000-character event name) are cut before the CLI prints them in a message.

/** `--max-value-chars` default: enough for any real event name or ID, short enough for one terminal line. */
export const DEFAULT_MAX_VALUE_CHARS = 200;

/** The first `max` characters and a marker saying how many were cut; `text` itself when it is short enough. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[${text.length - max} more characters]`;
}

/** Every string of a parsed event (keys included) longer than `max`. */
function longStrings(value: unknown, max: number): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length > max) found.push(v);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.length > max) found.push(k);
        stack.push(child);
      }
    }
  }
  // Longest first, so that a value containing a shorter long value is replaced whole.
  return found.sort((a, b) => b.length - a.length);
}

/** `message` with every long string of `event` that it quotes cut to `max` characters. */
export function clipEventValues(message: string, event: unknown, max: number): string {
  if (message.length <= max) return message;
  let out = message;
  for (const s of longStrings(event, max)) if (out.includes(s)) out = out.split(s).join(clip(s, max));
  return out;
}
