// Pinterest's request schema as an Ajv validator, and the "no empty values" rule of SPEC §6.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../src/destinations/pinterest_capi/schema/conversions-api.schema.json';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema, 'pinterest');
const validateBody = ajv.compile({ $ref: 'pinterest#/definitions/ConversionEvents' });

/** Ajv's errors for a request body `{data: events}`, as readable lines (empty when valid). */
export function schemaErrors(events: unknown[]): string[] {
  return validateBody({ data: events })
    ? []
    : (validateBody.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Paths holding null, "", [], "undefined" or "NaN": never sent (SPEC §6). */
export function emptyValuePaths(value: unknown, path = ''): string[] {
  if (value === null || value === '' || value === 'undefined' || value === 'NaN') return [path];
  if (Array.isArray(value)) {
    if (value.length === 0) return [path];
    return value.flatMap((v, i) => emptyValuePaths(v, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value as object).flatMap(([k, v]) => emptyValuePaths(v, path ? `${path}.${k}` : k));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return [path];
  return [];
}
