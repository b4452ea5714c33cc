// The docs generated from the code are current, their links resolve, and they say what the spec says (issue 12).
// `npm run docs:generate -- --check` runs in its own process: prettier 3 and github-slugger are ES modules.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullConfigSchema } from '../../src/destinations/pinterest_capi/config/schema';
import { RULE } from '../../src/destinations/pinterest_capi/config/rules';
import { FIELD_REFERENCE } from '../../src/destinations/pinterest_capi/fields';
import { NOT_FILLED } from '../../src/destinations/pinterest_capi/fields/not-filled';
import { run } from '../e2e/support/cli';

const root = join(__dirname, '..', '..');
const TSX = join(root, 'node_modules', '.bin', 'tsx');
const check = (docsRoot = root) =>
  run(['scripts/generate-docs.ts', '--check', '--root', docsRoot], { command: [TSX] });

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const generated = (text: string, name: string) => {
  const begin = text.indexOf(`<!-- BEGIN GENERATED ${name}`);
  const end = text.indexOf(`<!-- END GENERATED ${name} -->`);
  expect(begin).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(begin);
  return text.slice(begin, end);
};

/** The cells of a Markdown table row, with `\|` read as a pipe. */
const cells = (line: string) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

describe('npm run docs:generate -- --check', () => {
  it('passes on the committed docs: generated sections current, every relative link resolves', async () => {
    const r = await check();
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });

  describe('fails', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(join(tmpdir(), 'pcapi-docs-'));
      for (const f of ['README.md', 'CHANGELOG.md', 'docs', 'src/emulator/README.md'])
        cpSync(join(root, f), join(copy, f), { recursive: true });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(join(copy, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(join(copy, file), text.replace(from, to));
    };

    it('when a generated row is stale', async () => {
      edit('README.md', '| `batchSize`', '| `batchSizeOld`');
      const r = await check(copy);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('README.md: generated sections are stale; run npm run docs:generate');
    });

    it('when a doc links to a file or heading the repository lacks, or cites "SPEC"', async () => {
      edit('docs/operator-guide.md', '[mapping reference](reference.md)', '[mapping reference](missing.md)');
      edit('docs/rudderstack.md', '(spec.md#9-delivery-and-response-handling)', '(spec.md#9-delivery)');
      edit('CHANGELOG.md', '## [Unreleased]', '## [Unreleased]\n\nSee SPEC §9.');
      const r = await check(copy);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        'docs/operator-guide.md: link to missing.md: no such file in the repository',
      );
      expect(r.stderr).toContain(
        'docs/rudderstack.md: link to spec.md#9-delivery: docs/spec.md has no such heading',
      );
      expect(r.stderr).toMatch(/CHANGELOG\.md:\d+: cite docs\/spec\.md §N/);
    });
  });
});

describe('the README config reference', () => {
  const rows = new Map(
    generated(read('README.md'), 'config')
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => {
        const [field, type, dflt, rule, description] = cells(l);
        return [(field as string).replace(/`/g, ''), { type, dflt, rule, description }] as const;
      }),
  );

  it('has every field of the config schema, each with a type, a default, a rule and a description', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(fullConfigSchema.shape).sort());
    for (const row of rows.values()) for (const cell of Object.values(row)) expect(cell).toMatch(/\S/);
  });

  // The values of docs/spec.md §4.1.
  it.each([
    ['adAccountId', 'string', 'required', RULE.digits],
    ['accessToken', 'string', 'required', RULE.nonEmpty],
    ['testMode', 'boolean', '`false`', RULE.boolean],
    ['deduplicationKey', 'string', '`"messageId"`', RULE.path],
    ['actionSource', '`auto` | `web` | `app_ios` | `app_android` | `offline`', '`"auto"`', RULE.actionSource],
    ['externalIdFrom', '`anonymousId` | `userId` | `both`', '`"anonymousId"`', RULE.externalIdFrom],
    ['maxEventAgeDays', 'integer', '`7`', RULE.maxAge],
    ['batchSize', 'integer', '`1000`', RULE.batchSize],
    ['consentCategories', 'list of strings', '`[]`', RULE.consentCategories],
    ['cookieLifetimeDays', 'integer', '`45`', RULE.lifetime],
    ['customEventPropertyValue', 'string', '`"MetaRouterSync"`', RULE.noSpaces],
    ['partnerName', 'string', '—', RULE.partnerName],
    [
      'eventFilteringOption',
      '`disable` | `whitelistedEvents` | `blacklistedEvents`',
      '`"disable"`',
      RULE.eventFiltering,
    ],
  ])('%s: %s, default %s', (field, type, dflt, rule) => {
    expect(rows.get(field)).toMatchObject({ type, dflt, rule: expect.stringContaining(rule) });
  });

  it('says that a customMappings row may not carry hash (hashing is automatic)', () => {
    expect(rows.get('customMappings')?.rule).toContain(`\`hash\` ${RULE.hashAutomatic}`);
  });
});

describe('the mapping reference (docs/reference.md)', () => {
  const reference = read('docs/reference.md');
  const fields = generated(reference, 'fields');

  it('has one table per Pinterest object, with every row of FIELD_REFERENCE in it', () => {
    const objects = [
      'Event fields',
      '`user_data`',
      '`custom_data`',
      '`custom_data.contents[]`',
      '`app_info`',
      '`device_info`',
    ];
    const sections = fields.split('\n### ').slice(1);
    expect(sections.map((s) => s.split('\n')[0])).toEqual(objects);
    for (const f of FIELD_REFERENCE) {
      const dot = f.key.lastIndexOf('.');
      const [object, key] =
        dot === -1 ? ['Event fields', f.key] : [`\`${f.key.slice(0, dot)}\``, f.key.slice(dot + 1)];
      const section = sections.find((s) => s.startsWith(`${object}\n`)) as string;
      const line = section.split('\n').find((l) => l.startsWith(`| \`${key}\` `));
      expect({ key: f.key, line: line !== undefined }).toEqual({ key: f.key, line: true });
      expect(cells(line as string)[2]).toBe(
        f.sources.length ? [...new Set(f.sources)].map((s) => `\`${s}\``).join(', ') : '—',
      );
    }
  });

  it('lists every key deliberately not filled', () => {
    const notFilled = generated(reference, 'not-filled');
    for (const key of Object.keys(NOT_FILLED)) expect(notFilled).toContain(`| \`${key}\``);
  });
});
