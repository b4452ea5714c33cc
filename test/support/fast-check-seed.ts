// Property tests are seeded (SPEC §15): every run draws the same inputs, so a failure reproduces. FC_SEED=<n>
// explores other inputs; a failure prints its seed and path either way.
import fc from 'fast-check';

fc.configureGlobal({ seed: process.env.FC_SEED === undefined ? 20260115 : Number(process.env.FC_SEED) });
