// Which fault (if any) a request to the events endpoint hits: the forced one, or a seeded draw against failRate.
import { checkFailRate, checkForce } from './options';
import { mulberry32 } from './prng';
import type { Fault, Force } from './types';

/**
 * The mix of random faults (shares of failRate): mostly throttling and server errors, which clients retry
 * quickly; resets and timeouts are rarer because a timeout costs the client its whole request timeout.
 */
export const FAULT_MIX: readonly (readonly [Fault, number])[] = [
  ['429', 0.4],
  ['503', 0.2],
  ['500', 0.2],
  ['reset', 0.1],
  ['timeout', 0.1],
];

export class FaultPicker {
  private readonly random: () => number;

  constructor(
    seed: number,
    private force: Force,
    private failRate: number,
  ) {
    this.random = mulberry32(seed);
  }

  set(force: Force, failRate?: number): void {
    this.force = checkForce(force);
    if (failRate !== undefined) this.failRate = checkFailRate(failRate);
  }

  /** One draw per request (none when a fault is forced or failRate is 0), so a seed replays a run. */
  pick(): Fault | null {
    if (this.force !== 'none') return this.force;
    if (this.failRate === 0) return null;
    const u = this.random();
    if (u >= this.failRate) return null;
    let share = u / this.failRate;
    for (const [fault, weight] of FAULT_MIX) {
      if (share < weight) return fault;
      share -= weight;
    }
    return FAULT_MIX[FAULT_MIX.length - 1]![0];
  }
}
