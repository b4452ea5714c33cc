// The emulator's public shapes: start-up options, the running emulator, faults and recorded events.

/** A fault the emulator can inject instead of answering a request. */
export type Fault = '429' | '500' | '503' | 'timeout' | 'reset';

/** `none` answers normally (faults then only come from `failRate`). */
export type Force = 'none' | Fault;

export interface EmulatorOptions {
  /** 0 = any free port (tests); the CLI defaults to 9191. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Valid bearer tokens (default ['emulator-token']). */
  tokens?: string[];
  /** Ad accounts the tokens may send to (default ['549755885175']). */
  adAccounts?: string[];
  /** Probability (0..1) that a request to the events endpoint hits a random fault (default 0). */
  failRate?: number;
  /** Seed of the fault PRNG, so a `failRate` run can be replayed (default: random). */
  seed?: number;
  /** Every request to the events endpoint hits this fault (default 'none'). */
  force?: Force;
  /** Requests per second per ad account; 0 or undefined = unlimited. */
  rateLimitPerSecond?: number;
  /** How long a `timeout` fault holds the request before destroying the socket (default 60000). */
  timeoutMs?: number;
  /** Events older than this are answered `failed` (default 7). */
  maxEventAgeDays?: number;
  /** How many processed events are kept in memory; the oldest are dropped (default 100000). */
  maxRecorded?: number;
  /** Where the pino logs go (default stdout). */
  logStream?: { write(line: string): void };
  /** pino level (default LOG_LEVEL or 'warn': only faults and errors); 'info' adds one line per request. */
  logLevel?: string;
  /** Clock in milliseconds (default Date.now). */
  now?: () => number;
}

/** A schema-valid Pinterest event as the emulator reads it. */
export interface ConversionEvent {
  event_name: string;
  action_source: string;
  event_time: number;
  event_id: string;
  user_data: Record<string, unknown>;
  event_source_url?: string | null;
  [key: string]: unknown;
}

/** A processed event as recorded: the event plus where it was sent and whether `?test=true` was set. */
export type RecordedEvent = ConversionEvent & { ad_account_id: string; test: boolean };

export interface EventResult {
  status: 'processed' | 'failed';
  error_message: string | null;
  warning_message: string | null;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:9191 (use as the Pinterest API base URL). */
  url: string;
  port: number;
  /** The fault PRNG's seed (print it to replay a run). */
  seed: number;
  close(): Promise<void>;
  /** A copy of the recorded events, oldest first. */
  events(): RecordedEvent[];
  clear(): void;
  /** Changes the forced fault and, when given, the random fault rate. */
  setFault(force: Force, failRate?: number): void;
}
