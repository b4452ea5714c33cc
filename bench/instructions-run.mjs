// One run for bench/instructions.mjs: builds the workload, then sends it through `process` `rounds` times.
//   node bench/instructions-run.mjs <events> <rounds> <users> [<dir of a built rudder-transformer>]
import { createRequire } from 'node:module';
import { loadPeer, peerDestination } from './peer.mjs';
import { inputs } from './workload.mjs';

const [events, rounds, users] = process.argv.slice(2, 5).map(Number);
const peerDir = process.argv[5];
// A fixed clock and fixed inputs: the same instructions every run.
const now = 1_795_920_000_000;
if (peerDir) {
  // The peer reads the clock itself (event age is not checked), so the fixed timestamps serve it too.
  const peer = loadPeer(peerDir);
  const list = inputs(0, events, now, peerDestination, users);
  await peer.process(list[0]); // its workflow is compiled on first use: in both counts, so it cancels out
  for (let r = 0; r < rounds; r += 1) for (const input of list) await peer.process(input);
} else {
  const dest = createRequire(import.meta.url)('../dist/index.js');
  const list = inputs(0, events, now, undefined, users);
  for (let r = 0; r < rounds; r += 1) for (const input of list) dest.processSync(input, now);
}
