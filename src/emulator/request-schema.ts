// Pinterest's request body schema (ConversionEvents) compiled with Ajv, as the tests compile it.
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../destinations/pinterest_capi/schema/conversions-api.schema.json';
import type { ConversionEvent } from './types';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema, 'pinterest');
const validate = ajv.compile<{ data: ConversionEvent[] }>({
  $ref: 'pinterest#/definitions/ConversionEvents',
});

/** The body's events when it is valid, else Ajv's errors. */
export function checkRequestBody(
  body: unknown,
): { ok: true; events: ConversionEvent[] } | { ok: false; errors: ErrorObject[] } {
  return validate(body) ? { ok: true, events: body.data } : { ok: false, errors: validate.errors ?? [] };
}
