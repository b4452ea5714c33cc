// Ajv errors → the few readable violations a 400 names ("<instance path> <message>"); never any value.
import type { ErrorObject } from 'ajv';

const MAX_VIOLATIONS = 3;

const where = (e: ErrorObject) => e.instancePath || '/';

/** The `required` errors of an anyOf's branches, folded into one line: "must have em or hashed_maids or …". */
function anyOfLine(anyOf: ErrorObject, errors: ErrorObject[]): string {
  const branches = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'required' || e.instancePath !== anyOf.instancePath) continue;
    const branch = /^\/(\d+)\//.exec(e.schemaPath.slice(anyOf.schemaPath.length))?.[1];
    if (branch === undefined) continue;
    branches.set(branch, [...(branches.get(branch) ?? []), String(e.params.missingProperty)]);
  }
  if (branches.size === 0) return `${where(anyOf)} ${anyOf.message}`;
  const options = [...branches.values()].map((props) => props.join(' and '));
  return `${where(anyOf)} must have ${options.join(' or ')}`;
}

function line(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties')
    return `${where(e)} ${e.message} (${String(e.params.additionalProperty)})`;
  return `${where(e)} ${e.message}`;
}

/** All violations, in Ajv's order, anyOf branches folded and duplicates dropped. */
export function violations(errors: ErrorObject[]): string[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ErrorObject) =>
    anyOfs.some(
      (a) => a !== e && e.instancePath === a.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`),
    );
  const lines = errors
    .filter((e) => !(e.keyword === 'required' && inBranch(e)))
    .map((e) => (e.keyword === 'anyOf' ? anyOfLine(e, errors) : line(e)));
  return [...new Set(lines)];
}

/** "<first violations>; …and N more" for the 400 message. */
export function violationSummary(errors: ErrorObject[]): string {
  const all = violations(errors);
  const more = all.length - MAX_VIOLATIONS;
  return all.slice(0, MAX_VIOLATIONS).join('; ') + (more > 0 ? `; …and ${more} more` : '');
}
