// GitHub's heading anchors of a Markdown file, and the numbered sections of docs/spec.md by number.
import GithubSlugger from 'github-slugger';

/** A heading's text as GitHub renders it (code spans, emphasis and links reduced to their text). */
const headingText = (heading: string): string =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim();

/** The headings of a Markdown text, outside fenced code. */
function headings(markdown: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (m) out.push(headingText(m[1] as string));
  }
  return out;
}

/** Every anchor GitHub gives the headings of a Markdown text (a repeated heading gets -1, -2, …). */
export function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headings(markdown).map((h) => slugger.slug(h)));
}

/** docs/spec.md's numbered sections by number ("6.6" → "66-consent"). */
export function specSections(spec: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const out = new Map<string, string>();
  for (const h of headings(spec)) {
    const anchor = slugger.slug(h);
    const n = /^(\d+(?:\.\d+)*)\.?\s/.exec(h)?.[1];
    if (n !== undefined) out.set(n, anchor);
  }
  return out;
}
