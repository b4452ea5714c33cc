// Checks the project's own docs: every relative link names a file of the repository (and a heading of it, with
// an anchor), and no text cites a document the repository lacks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { anchors } from './anchors';

/** Citations of documents that are not in the repository, or machine paths. */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /SPEC §|SPEC\.md/, why: 'cite docs/spec.md §N (a link to its heading), not "SPEC"' },
  { pattern: /\.\.\/shared\//, why: 'shared/ is not part of the repository' },
  { pattern: /\/work\/|\/home\/[a-z]/, why: 'a path of one machine' },
];

const withoutFences = (text: string) => text.replace(/^\s*```[\s\S]*?^\s*```/gm, '');

/** Problems of one Markdown file of the repository, as "file: problem" lines. */
export function linkProblems(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const problems: string[] = [];
  const lines = text.split('\n');
  for (const { pattern, why } of FORBIDDEN)
    lines.forEach((line, i) => {
      if (pattern.test(line)) problems.push(`${file}:${i + 1}: ${why}`);
    });
  for (const m of withoutFences(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1] as string;
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path ? join(dirname(join(root, file)), path) : join(root, file);
    if (!resolved.startsWith(root) || !existsSync(resolved)) {
      problems.push(`${file}: link to ${target}: no such file in the repository`);
      continue;
    }
    if (
      anchor !== undefined &&
      resolved.endsWith('.md') &&
      !anchors(readFileSync(resolved, 'utf8')).has(anchor)
    )
      problems.push(`${file}: link to ${target}: ${relative(root, resolved)} has no such heading`);
  }
  return problems;
}
