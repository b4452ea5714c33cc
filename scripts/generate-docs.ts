// Rewrites the generated reference sections of the docs from the code (npm run docs:generate); --check fails when
// a committed section is stale or a doc links to something the repository lacks (a jest test runs it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import { specSections } from './docs/anchors';
import { configReference } from './docs/config-table';
import { eventReference } from './docs/event-table';
import { conditionReference, fieldReference, notFilledReference } from './docs/field-tables';
import { linkProblems } from './docs/links';
import { code, type SpecLink } from './docs/markdown';
import { metricsReference } from './docs/metrics-table';

const SECTIONS: Readonly<Record<string, (link: SpecLink) => string>> = {
  config: () => configReference(),
  events: () => eventReference(),
  fields: fieldReference,
  'not-filled': notFilledReference,
  conditions: conditionReference,
  metrics: () => metricsReference(),
};

/** Where each section goes: every file must hold these (and only known sections). */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  'README.md': ['config', 'events'],
  'docs/reference.md': ['fields', 'not-filled', 'conditions'],
  'docs/operator-guide.md': ['metrics'],
};

const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.git']);

/** The docs whose links are checked: every Markdown file of the repository, hand-written or generated. */
function markdownFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const SECTION = /(<!-- BEGIN GENERATED ([\w-]+)[^>]*-->)[\s\S]*?(<!-- END GENERATED \2 -->)/g;

/** "SPEC §6.6" in the code's wording → a link to that heading of docs/spec.md, relative to the file. */
function specLinker(root: string, file: string): SpecLink {
  const sections = specSections(readFileSync(join(root, 'docs', 'spec.md'), 'utf8'));
  const spec = relative(dirname(join(root, file)), join(root, 'docs', 'spec.md'));
  return (n) => {
    const anchor = sections.get(n);
    if (anchor === undefined) throw new Error(`${file}: the code cites SPEC §${n}, which docs/spec.md lacks`);
    return `[spec §${n}](${spec}#${anchor})`;
  };
}

/** The file with its generated sections rewritten, formatted as `prettier --check` wants it. */
export async function render(root: string, file: string): Promise<string> {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const link = specLinker(root, file);
  const found = [...text.matchAll(SECTION)].map((m) => m[2] as string);
  const missing = (PLACES[file] ?? []).filter((s) => !found.includes(s));
  if (missing.length) throw new Error(`${file} lacks the generated section(s) ${missing.join(', ')}`);
  const rewritten = text.replace(SECTION, (_m, begin: string, name: string, end: string) => {
    const section = SECTIONS[name];
    if (!section) throw new Error(`${file}: unknown generated section ${code(name)}`);
    return `${begin}\n\n${section(link)}\n\n${end}`;
  });
  const options = await prettier.resolveConfig(path);
  return prettier.format(rewritten, { ...options, filepath: path });
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const rootAt = argv.indexOf('--root');
  const root = resolve(rootAt === -1 ? join(__dirname, '..') : (argv[rootAt + 1] as string));
  const problems: string[] = [];
  for (const file of Object.keys(PLACES)) {
    const current = readFileSync(join(root, file), 'utf8');
    const next = await render(root, file);
    if (next === current) continue;
    if (check) problems.push(`${file}: generated sections are stale; run npm run docs:generate`);
    else {
      writeFileSync(join(root, file), next);
      console.log(`updated ${file}`);
    }
  }
  if (check) problems.push(...markdownFiles(root).flatMap((file) => linkProblems(root, file)));
  for (const p of problems) console.error(p);
  return problems.length ? 1 : 0;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error: Error) => {
      console.error(error.message);
      process.exit(2);
    },
  );
