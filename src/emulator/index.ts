// The emulator's entry points: startEmulator() for tests and scripts, emulatorCommand() for the CLI.
export { startEmulator } from './server';
export { emulatorCommand } from './cli';
export { FAULT_MIX } from './faults';
export type { Emulator, EmulatorOptions, EventResult, Fault, Force, RecordedEvent } from './types';
