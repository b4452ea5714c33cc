// The peer of `npm run bench -- --peer <dir>`: RudderStack's own transformer (rudder-transformer, built from source
// outside this repository, see docs/performance.md) and its `pinterest_tag` destination, fed the SPEC §14 workload.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEER_DEST_TYPE = 'pinterest_tag';
/** BENCH_PEER_NATIVE_STUBS=1: run the peer on a Node.js its native modules were not built for (peer-native-stubs.cjs). */
const STUB_NATIVE = process.env.BENCH_PEER_NATIVE_STUBS === '1';
const NATIVE_STUBS = fileURLToPath(new URL('./peer-native-stubs.cjs', import.meta.url));

/**
 * Our bench config in the peer's config keys (read from its pinterest_tag workflow and tests): the v5 Conversions
 * API ("newApi") with the same ad account and token, hashing done by the transformer (`sendingUnHashedData`),
 * external_id sent (our `externalIdFrom: userId`), event_id from messageId (both defaults). `eventsMapping` must be
 * present: the peer's workflow fails with a TypeError without it.
 */
export const peerDestination = () => ({
  ID: 'bench-dest',
  Name: 'Pinterest Tag (bench)',
  Enabled: true,
  WorkspaceID: 'bench-ws',
  // The host picks its CDK v2 engine for pinterest_tag from this name.
  DestinationDefinition: { ID: 'bench-def', Name: 'PINTEREST_TAG', DisplayName: 'Pinterest Tag' },
  Config: {
    apiVersion: 'newApi',
    adAccountId: '549755885175',
    conversionToken: 'bench-token',
    sendingUnHashedData: true,
    sendExternalId: true,
    deduplicationKey: 'messageId',
    eventsMapping: [],
    sendAsTestEvent: false,
  },
});

/** The built peer's files, or an error saying what is missing. */
export function peerPaths(dir) {
  // Absolute: require() would read a relative path from this file's folder, not from where the bench was started.
  const handler = resolve(dir, 'dist/src/cdk/v2/handler.js');
  const service = resolve(dir, 'dist/src/index.js');
  for (const f of [
    handler,
    service,
    resolve(dir, 'dist/src/cdk/v2/destinations/pinterest_tag/procWorkflow.yaml'),
  ])
    if (!existsSync(f))
      throw new Error(`--peer ${dir}: ${f} not found (build it first: docs/performance.md)`);
  return { handler, service };
}

/**
 * The peer's in-process entry points for pinterest_tag. It is a CDK v2 destination (workflow YAML, no
 * transform.js): the host's processor and router services call `processCdkV2Workflow(destType, input, feature)`,
 * which is what we call too (without the host's stats and response wrapping around it).
 */
export function loadPeer(dir) {
  const require = createRequire(import.meta.url);
  if (STUB_NATIVE) require(NATIVE_STUBS);
  const { processCdkV2Workflow } = require(peerPaths(dir).handler);
  return {
    process: (input) => processCdkV2Workflow(PEER_DEST_TYPE, input, 'processor'),
    router: (inputs) => processCdkV2Workflow(PEER_DEST_TYPE, inputs, 'router'),
  };
}

/**
 * How to start the peer's HTTP service on 127.0.0.1:`port`: one process (CLUSTER_ENABLED=false), user
 * transformations off, no config backend, its default log level (warn). The host listens on every interface
 * and has no bind setting: bench/loopback.cjs keeps it on loopback.
 */
export function peerService(dir, port) {
  return {
    args: [
      '--no-node-snapshot', // isolated-vm (loaded at start-up) needs it on Node.js 20+
      '--require',
      fileURLToPath(new URL('./loopback.cjs', import.meta.url)),
      ...(STUB_NATIVE ? ['--require', NATIVE_STUBS] : []),
      peerPaths(dir).service,
    ],
    cwd: resolve(dir),
    env: {
      PORT: String(port),
      CLUSTER_ENABLED: 'false',
      ENABLE_FUNCTIONS: 'false',
      CONFIG_BACKEND_URL: 'http://127.0.0.1:9',
      LOG_LEVEL: 'warn',
    },
  };
}
