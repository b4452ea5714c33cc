// Turns zod failures into one-line problems that name the field, the rule and (never for secrets) the value.
import type { z } from 'zod';
import { RULE, SECRET_FIELDS } from './rules';

const fieldName = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as never)[k as never] : undefined),
    root,
  );

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s !== undefined && s.length > 80 ? `${s.slice(0, 77)}...` : String(s);
};

export function describeIssues(input: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    const value = valueAt(input, issue.path);
    const secret = issue.path.some((k) => SECRET_FIELDS.has(String(k)));
    if (value === undefined || issue.message === RULE.required) return `${field} ${RULE.required}`;
    return secret ? `${field} ${issue.message}` : `${field} ${issue.message} (got ${show(value)})`;
  });
}
