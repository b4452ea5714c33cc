// Golden fixtures for `process`: each case runs once; its whole output is compared, its events checked against Pinterest's schema.
import { emptyValuePaths, schemaErrors } from '../support/pinterest-schema';
import {
  expectedRequests,
  listCases,
  readCase,
  runCase,
  type Outcome,
  type ProcessCase,
} from '../support/fixtures';
import type { RestRequest } from '../../src/destinations/pinterest_capi/types';

const cases = listCases('process');

it('has the fixtures the issue asks for', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

describe.each(cases)('%s', (file) => {
  const c = readCase<ProcessCase>('process', file);
  let outcome: Outcome;
  beforeAll(() => {
    outcome = runCase(c);
  });

  it(c.description, () => {
    expect(outcome).toEqual(
      c.expected.error ? { error: c.expected.error } : { requests: expectedRequests(c) },
    );
  });

  if (!c.expected.error) {
    it('produces events that Pinterest accepts, with no empty values', () => {
      const requests = 'requests' in outcome ? (outcome.requests as RestRequest[]) : [];
      const events = requests.flatMap((r) => r.body.JSON.data);
      expect(events.length).toBeGreaterThan(0);
      expect(schemaErrors(events)).toEqual([]);
      expect(emptyValuePaths(events)).toEqual([]);
    });
  }
});
