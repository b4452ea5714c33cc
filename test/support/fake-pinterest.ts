// A loopback server that answers like Pinterest as a fixture says (status + body, raw body, or a fault), and
// misbehaves on demand: an endless or dripping body, the caller's token echoed back.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'timeout' | 'reset' | 'refused' | 'endless' | 'drip';
export type Answer = { status: number; body?: unknown; rawBody?: string } | { fault: Fault };

export interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw header lines, in order, as they arrived (names with their case). */
  rawHeaders: string[];
  body: unknown;
}

/** `{{authorization}}` and `{{token}}` in an answer are replaced by what the caller sent: Pinterest echoing it. */
const echo = (text: string, authorization = '') =>
  text
    .replaceAll('{{authorization}}', authorization)
    .replaceAll('{{token}}', authorization.replace(/^Bearer /i, ''));

export class FakePinterest {
  private server: Server;
  answer: Answer = { status: 200, body: {} };
  received: Received[] = [];
  /** Bytes written by the endless and dripping answers, until the caller closed the connection. */
  bytesSent = 0;
  /** Emits 'closed' when a caller closes a connection before its answer was complete. */
  readonly events = new EventEmitter();
  dripMs = 50;
  private held: (() => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.on('close', () => {
          if (!res.writableFinished) this.events.emit('closed');
        });
        this.received.push({
          url: req.url ?? '',
          headers: req.headers,
          rawHeaders: req.rawHeaders,
          body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
        });
        const authorization = req.headers.authorization;
        const respond = () => {
          const a = this.answer;
          if ('fault' in a) return;
          const text = echo(a.rawBody ?? (a.body === undefined ? '' : JSON.stringify(a.body)), authorization);
          res.writeHead(a.status, { 'content-type': a.rawBody ? 'text/html' : 'application/json' }).end(text);
        };
        const a = this.answer;
        if (!('fault' in a)) return respond();
        if (a.fault === 'reset') req.socket.destroy();
        else if (a.fault === 'endless') this.endless(res);
        else if (a.fault === 'drip') this.drip(res);
        else this.held.push(respond); // timeout: hold until flushHeld()
      });
    });
  }

  /** A 200 whose body never ends, written as fast as the caller reads it. */
  private endless(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    chunk.write('{"events":[');
    const pump = () => {
      while (!res.destroyed) {
        this.bytesSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  }

  /** A 200 whose body arrives one byte every dripMs, forever. */
  private drip(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      this.bytesSent += 1;
      res.write(' ');
    }, this.dripMs);
    res.on('close', () => clearInterval(timer));
  }

  /** A proxy body of one event for job 1, to this stand-in. */
  oneEventProxyBody(baseUrl: string, token = 't') {
    return {
      endpoint: `${baseUrl}/v5/ad_accounts/1/events`,
      headers: { Authorization: `Bearer ${token}` },
      params: {},
      body: { JSON: { data: [{ event_id: 'e' }] } },
      metadata: [{ jobId: 1 }],
    };
  }

  /** Resolves once a request has arrived (polled: the stand-in holds it when its answer is a timeout). */
  async firstReceived(): Promise<void> {
    while (this.received.length === 0) await new Promise((r) => setTimeout(r, 20));
  }

  /** Answers the held requests with Pinterest's 200 for one processed event. */
  acceptHeld(): void {
    this.answer = {
      status: 200,
      body: { num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed' }] },
    };
    this.flushHeld();
  }

  /** Answers the held requests with the current answer. */
  flushHeld(): void {
    const held = this.held;
    this.held = [];
    held.forEach((respond) => respond());
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
