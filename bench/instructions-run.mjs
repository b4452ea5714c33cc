// One run for bench/instructions.mjs: builds the workload, then sends it through `process` `rounds` times.
import { createRequire } from 'node:module';
import { inputs } from './workload.mjs';

const require = createRequire(import.meta.url);
const dest = require('../dist/index.js');
const [events, rounds] = process.argv.slice(2).map(Number);
// A fixed clock and fixed inputs: the same instructions every run.
const now = 1_795_920_000_000;
const list = inputs(0, events, now);
for (let r = 0; r < rounds; r += 1) for (const input of list) dest.processSync(input, now);
