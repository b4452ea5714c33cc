// The package exports the host contract (SPEC §3.1) and the documented helpers only (README "Using the module").
import * as pkg from '../../src';

it('exports exactly the host contract, its adapters and the documented helpers', () => {
  expect(Object.keys(pkg).sort()).toEqual(
    [
      'process',
      'processRouterDest',
      'processBatch',
      'handleDeliveryResponse',
      'configDefinition',
      'batch',
      'networkHandler',
      'processSync',
      'deliver',
    ].sort(),
  );
});
