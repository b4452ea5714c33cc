// `pinterest-capi check`: one test-mode event now, to prove the ad account and token work before going live (SPEC §11).
import { randomUUID } from 'node:crypto';
import { deliver, processSync, type ProcessorInput } from '../destinations/pinterest_capi';
import { authAdvice, isAuthFailure, withAdvice } from './advice';
import { loadConfig } from './config';
import { packageVersion } from './version';

export interface CheckOptions {
  config: string;
  apiUrl?: string;
}

export interface CheckResult {
  ok: boolean;
  /** One line for the operator; never the token. */
  message: string;
}

/** A page view happening now, identified by a documentation IP address (RFC 5737) and the CLI's user agent. */
function testInput(Config: Record<string, unknown>, apiUrl: string | undefined): ProcessorInput {
  return {
    message: {
      type: 'page',
      messageId: `pinterest-capi-check-${randomUUID()}`,
      timestamp: new Date().toISOString(),
      context: { ip: '203.0.113.1', userAgent: `pinterest-capi-check/${packageVersion()}` },
    },
    metadata: {},
    // Pinterest validates test events (?test=true) like any other but does not count them in reporting.
    destination: { ID: `cli-check:${apiUrl ?? ''}`, Config: { ...Config, testMode: true } },
  };
}

/** Where the request went, without the path Pinterest's API adds (https://api.pinterest.com, or the emulator). */
const baseOf = (endpoint: string) => endpoint.replace(/\/v5\/ad_accounts\/.*$/, '');

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  if (o.apiUrl) process.env.PINTEREST_API_BASE_URL = o.apiUrl;
  const { Config } = loadConfig(o.config);
  const adAccountId = String(Config.adAccountId);
  const [request] = processSync(testInput(Config, o.apiUrl));
  if (!request) return { ok: false, message: 'the test event was not built (this is a bug)' };
  const out = await deliver({ ...request, metadata: [{}] });
  const job = out.response[0];
  if (isAuthFailure(out.status)) {
    const advice = authAdvice(out.status, { configPath: o.config, adAccountId });
    return { ok: false, message: withAdvice(job?.error ?? `Pinterest answered ${out.status}`, advice) };
  }
  if (job && job.statusCode >= 200 && job.statusCode < 300) {
    return {
      ok: true,
      message: `ok: ${baseOf(request.endpoint)} accepted a test event for ad account ${adAccountId} with this access token (test mode: not counted in reporting)`,
    };
  }
  const error = job?.error ?? out.message;
  // 429, 5xx and network failures say nothing about the credentials.
  if (job && (job.statusCode === 429 || job.statusCode >= 500)) {
    return { ok: false, message: withAdvice(error, 'the credentials could not be checked: try again later') };
  }
  return { ok: false, message: `Pinterest did not accept the test event: ${error}` };
}

export async function checkCommand(o: CheckOptions): Promise<number> {
  const { ok, message } = await runCheck(o);
  if (ok) process.stdout.write(`${message}\n`);
  else process.stderr.write(`check failed: ${message}\n`);
  return ok ? 0 : 1;
}
