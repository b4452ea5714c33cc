// Small Markdown builders for the generated docs: tables, code spans, and the "SPEC §N" citations of the code as links.

/** A code span. */
export const code = (text: string): string => `\`${text}\``;

// GitHub's table syntax needs a pipe escaped even inside a code span.
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A GitHub table (prettier aligns it when the file is formatted). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Citations in the code's wording ("SPEC §6.6") as links to that section of docs/spec.md. */
export type SpecLink = (section: string) => string;

export const linkCitations = (text: string, link: SpecLink): string =>
  text.replace(/SPEC §(\d+(?:\.\d+)*)/g, (_m, section: string) => link(section));
