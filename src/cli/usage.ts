// Help texts: `pinterest-capi --help` lists the commands, `pinterest-capi <command> --help` shows one (the
// emulator's own is beside its flags, in src/emulator/cli.ts).

export const COMMAND_USAGE: Record<string, string> = {
  transform: `usage: pinterest-capi transform --config cfg.json [events.ndjson] [--fill-timestamp] [--max-value-chars 200]
  Events (bare messages or ProcessorInputs, one JSON per line; stdin without a file) → one Pinterest request body
  per line on stdout; filtered and rejected lines on stderr. Exit 1 when a line was rejected.`,
  send: `usage: pinterest-capi send --config cfg.json [events.ndjson] [--api-url URL] [--fill-timestamp] [--json]
    [--dry-run [--print-requests]] [--max-retries 5] [--retry-delay-ms 250] [--concurrency 4]
    [--top-errors 5] [--max-value-chars 200]
  Transform, batch and deliver; prints processed / failed / filtered / retried / events and the top errors.
  429, 5xx and network failures are retried with backoff; 401/403 are not (fix the token or ad account).
  --dry-run sends nothing; with --print-requests each request is printed as one JSON line on stdout
  (method, url, headers with the token masked, body) and the summary goes to stderr.
  Exit 1 when an event failed.`,
  check: `usage: pinterest-capi check --config cfg.json [--api-url URL]
  Sends one test-mode event (?test=true, the current time) to verify the ad account and the access token.
  Exit 0 when Pinterest accepts it; else exit 1 with what to fix (401: the token, 403: the ad account).`,
  audit: `usage: pinterest-capi audit --config cfg.json [events.ndjson] [--json] [--fill-timestamp] [--top-errors 5]
    [--max-value-chars 200]
  Sends nothing. Per Pinterest event name: how many events, and the share carrying em, ph, external_id,
  hashed_maids, click_id, client_ip_address + client_user_agent, and event_id; then how many inputs would be
  filtered or rejected, with the top reasons. Will Pinterest be able to match these events?`,
  'validate-config': `usage: pinterest-capi validate-config cfg.json
  Exit 0, or exit 1 with each problem (server and browser-sync fields) on its own line.`,
  demo: `usage: pinterest-capi demo
  The whole flow offline: starts the emulator, sends the sample events shipped in examples/, prints the summary
  and how many events the emulator recorded.`,
};

export const USAGE = `usage: pinterest-capi <command> [options]

commands:
  transform        events → Pinterest request bodies on stdout
  send             transform, batch and deliver, with a summary
  check            send one test-mode event to verify the ad account and token
  audit            identifier coverage per Pinterest event name, nothing sent
  validate-config  check a destination config
  emulator         a local Pinterest Conversions API
  demo             the whole flow offline

pinterest-capi <command> --help   options of one command
pinterest-capi --version          the package version

Sample events without timestamps need --fill-timestamp (Pinterest rejects events older than 7 days).
Exit codes: 0 ok; 1 an event failed, check failed, or validate-config found a problem; 2 bad usage, or a
bad config given to another command (reported once, before any event; nothing sent).`;
