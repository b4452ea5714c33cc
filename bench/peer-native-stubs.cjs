// Preload for the peer on Node.js 22+ (BENCH_PEER_NATIVE_STUBS=1): its two native modules are built for the Node.js
// it was installed with, and neither serves the bench. isolated-vm runs user transformations (turned off with
// ENABLE_FUNCTIONS=false; 5.0.3 does not compile for Node 24), @datadog/pprof profiles the service. Both are answered
// with functions that do nothing; bench/peer-check.mjs still checks the peer's events against ours.
const Module = require('node:module');

const STUBBED = new Set(['isolated-vm', '@datadog/pprof']);
const stub = () =>
  new Proxy(function stubbed() {}, {
    get: (_, key) => (key === '__esModule' || key === 'then' ? undefined : stub()),
    apply: () => undefined,
    construct: () => ({}),
  });
const load = Module._load;
Module._load = function loadWithStubs(request, ...rest) {
  return STUBBED.has(request) ? stub() : load.call(this, request, ...rest);
};
