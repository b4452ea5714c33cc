// Browser test harness for the sync: builds the bundle, serves pages on loopback, drives Debian's Chromium, intercepts Pinterest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';

const ROOT = join(__dirname, '../..');

// Chromium starts in beforeAll and pixel waits have no timer of their own: a slow CI machine gets a minute.
jest.setTimeout(60_000);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // test host names resolve to the loopback server (co.uk and github.io are on the Public Suffix List)
  '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP *.co.uk 127.0.0.1, MAP *.github.io 127.0.0.1',
];

/** The one https host of the tests: its pages are answered by the route, never by the network. */
export const HTTPS_HOST = 'secure.example.test';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface Bundle {
  iife: string;
  esm: string;
  gzipBytes: number;
}

/** Runs scripts/build-sync.mjs into a temporary folder and reads both bundles. */
export function buildBundle(): Bundle {
  const dir = mkdtempSync(join(tmpdir(), 'pinterest-sync-'));
  try {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'scripts/build-sync.mjs'), '--outdir', dir, '--no-types'],
      {
        encoding: 'utf8',
      },
    );
    const gzip = /(\d+) bytes gzip/.exec(out);
    return {
      iife: readFileSync(join(dir, 'pinterest-capi-sync.iife.js'), 'utf8'),
      esm: readFileSync(join(dir, 'pinterest-capi-sync.js'), 'utf8'),
      gzipBytes: Number(gzip?.[1]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Installed before the bundle: records every image src set, console.warn, and document.cookie read and write.
const SPIES = `
window.__images = []; window.__warnings = []; window.__cookieWrites = []; window.__cookieReads = 0;
(function () {
  var img = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    configurable: true, get: img.get, set: function (v) { window.__images.push(String(v)); img.set.call(this, v); }
  });
  var ck = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get: function () { window.__cookieReads++; return ck.get.call(this); },
    set: function (v) { window.__cookieWrites.push(String(v)); ck.set.call(this, v); }
  });
  var warn = console.warn;
  console.warn = function () { window.__warnings.push([].join.call(arguments, ' ')); return warn.apply(console, arguments); };
})();`;

export const DEFAULT_SETUP = `window.sync = PinterestCapiSync.init({ pixelId: '111', extraPixelIds: '["222","333"]' });`;

/** Serves the test page (spies, bundle, `setup` script) on 127.0.0.1; `/sync.js` is the IIFE, `/sync.mjs` the ES module. */
export class SyncServer {
  /** Script run after the IIFE loads; tests change it before navigating. */
  setup = DEFAULT_SETUP;
  /** When true the page imports the ES module bundle instead (`setup` then sees `init` in scope). */
  esm = false;
  /** HTML after the setup script, e.g. an analytics SDK's script tag. */
  after = '';
  /** More scripts, by path (e.g. `/sdk.js`, an analytics SDK bundle). */
  readonly scripts = new Map<string, string>();
  private server: Server | undefined;

  constructor(private readonly bundle: Bundle) {}

  respond(path: string): { type: string; body: string } {
    if (path === '/sync.js') return { type: 'text/javascript', body: this.bundle.iife };
    if (path === '/sync.mjs') return { type: 'text/javascript', body: this.bundle.esm };
    if (path === '/favicon.ico') return { type: 'image/gif', body: '' };
    const script = this.scripts.get(path);
    if (script !== undefined) return { type: 'text/javascript', body: script };
    const load = this.esm
      ? `<script type="module">import { init } from '/sync.mjs'; ${this.setup}</script>`
      : `<script src="/sync.js"></script><script>${this.setup}</script>`;
    return {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><title>shop</title><script>${SPIES}</script>${load}${this.after}</head><body>shop</body></html>`,
    };
  }

  async start(): Promise<number> {
    this.server = createServer((req, res) => {
      const { type, body } = this.respond(new URL(req.url ?? '/', 'http://x').pathname);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Answers, inside the browser, the requests to one external host (an analytics SDK's CDN, config or data plane). */
export type HostHandler = (route: Route, url: URL) => Promise<void>;

const LOCAL_HOSTS = /^(127\.0\.0\.1|localhost|.*\.example\.test|.*\.co\.uk|.*\.github\.io)$/;

/** One fresh browser context (its own cookies and storage) and page, with every request to Pinterest intercepted. */
export class Session {
  /** URLs of the match pixel requests, answered locally with a 1×1 gif. */
  readonly pixels: string[] = [];
  /** Requests to any other non-test host: aborted, and expected to stay empty. */
  readonly blocked: string[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** `hosts`: handlers by host name, for the external hosts a test answers itself; every other one is blocked. */
  static async open(
    browser: Browser,
    server: SyncServer,
    hosts: Record<string, HostHandler> = {},
  ): Promise<Session> {
    const context = await browser.newContext();
    const session = new Session(context, await context.newPage());
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const handler = hosts[url.hostname];
      if (handler && url.protocol === 'https:') return handler(route, url);
      if (url.hostname === 'ct.pinterest.com') {
        session.pixels.push(url.href);
        const waiters = session.waiters;
        session.waiters = [];
        waiters.forEach((wake) => wake());
        return route.fulfill({ status: 200, contentType: 'image/gif', body: GIF });
      }
      if (url.protocol === 'https:' && url.hostname === HTTPS_HOST) {
        const { type, body } = server.respond(url.pathname);
        return route.fulfill({ status: 200, contentType: type, body });
      }
      if (url.protocol === 'http:' && LOCAL_HOSTS.test(url.hostname)) return route.continue();
      session.blocked.push(url.href);
      return route.abort();
    });
    return session;
  }

  /** Resolves once `count` pixel requests have been intercepted (no timer: the test timeout is the only limit). */
  async waitForPixels(count: number): Promise<string[]> {
    while (this.pixels.length < count) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.pixels;
  }

  /** Evaluates a JavaScript expression in the page (strings keep DOM types out of the Node test code). */
  eval<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async cookie(name: string) {
    return (await this.context.cookies()).find((c) => c.name === name);
  }

  /**
   * `read()` once it equals `expected`, or its last value after 3 s. A page's `document.cookie` writes reach the
   * browser's cookie store (what `context.cookies()` reads) asynchronously, after the page has moved on.
   */
  async settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
    const deadline = Date.now() + 3_000;
    let seen = await read();
    while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      seen = await read();
    }
    return seen;
  }

  /** `name@domain` of the cookies whose name starts with `prefix`, sorted, settled on `expected`. */
  cookiesOnceSettled(prefix: string, expected: readonly string[]): Promise<string[]> {
    const read = async () =>
      (await this.context.cookies())
        .filter((c) => c.name.startsWith(prefix))
        .map((c) => `${c.name}@${c.domain}`)
        .sort();
    return this.settled(read, [...expected]);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** The query of a pixel URL, read as Pinterest would. */
export function pixelParams(url: string) {
  const q = new URL(url).searchParams;
  return {
    path: new URL(url).origin + new URL(url).pathname,
    tid: q.get('tid'),
    event: q.get('event'),
    epik: q.get('pd[epik]'),
    loc: q.get('ad[loc]'),
    cb: q.get('cb'),
  };
}

export interface BrowserTestEnv {
  bundle: Bundle;
  server: SyncServer;
  browser: Browser;
  port: number;
  /** The page of the current test: a fresh context each time. */
  s: Session;
}

/**
 * The lifecycle every per-page browser test file shares: one server and Chromium per file, a fresh session per
 * test (opened after `setup` sets the page's script; `hosts()` answers the external hosts it needs), and no request
 * to any other host.
 */
export function useBrowserSessions(
  setup: string | ((server: SyncServer) => void),
  hosts: () => Record<string, HostHandler> = () => ({}),
): BrowserTestEnv {
  const env = {} as BrowserTestEnv;
  beforeAll(async () => {
    env.bundle = buildBundle();
    env.server = new SyncServer(env.bundle);
    env.port = await env.server.start();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  beforeEach(async () => {
    if (typeof setup === 'string') env.server.setup = setup;
    else setup(env.server);
    env.s = await Session.open(env.browser, env.server, hosts());
  });
  afterEach(async () => {
    expect(env.s.blocked).toEqual([]);
    await env.s.close();
  });
  return env;
}
