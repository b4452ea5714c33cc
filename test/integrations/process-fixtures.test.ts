// Golden fixtures for `process`: whole outputs compared, every event checked against Pinterest's schema.
import { emptyValuePaths, schemaErrors } from '../support/pinterest-schema';
import { expectedRequests, listCases, readCase, runCase, type ProcessCase } from '../support/fixtures';

const cases = listCases('process');

it('has the fixtures the issue asks for', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

describe.each(cases)('%s', (file) => {
  const c = readCase<ProcessCase>('process', file);

  it(c.description, async () => {
    const outcome = await runCase(c);
    if (c.expected.error) {
      expect(outcome).toEqual({ error: c.expected.error });
      return;
    }
    expect(outcome).toEqual({ requests: expectedRequests(c) });
  });

  if (!c.expected.error) {
    it('produces events that Pinterest accepts, with no empty values', async () => {
      const outcome = await runCase(c);
      const events =
        'requests' in outcome
          ? outcome.requests.flatMap(
              (r) => (r as never as { body: { JSON: { data: unknown[] } } }).body.JSON.data,
            )
          : [];
      expect(events.length).toBeGreaterThan(0);
      expect(schemaErrors(events)).toEqual([]);
      expect(emptyValuePaths(events)).toEqual([]);
    });
  }
});
