// A loopback server that answers like Pinterest as a fixture says (status + body, raw body, or a fault).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer =
  { status: number; body?: unknown; rawBody?: string } | { fault: 'timeout' | 'reset' | 'refused' };

export interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export class FakePinterest {
  private server: Server;
  answer: Answer = { status: 200, body: {} };
  received: Received[] = [];
  private held: (() => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({
          url: req.url ?? '',
          headers: req.headers,
          body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
        });
        const respond = () => {
          const a = this.answer;
          if ('fault' in a) return;
          const text = a.rawBody ?? (a.body === undefined ? '' : JSON.stringify(a.body));
          res.writeHead(a.status, { 'content-type': a.rawBody ? 'text/html' : 'application/json' }).end(text);
        };
        const a = this.answer;
        if ('fault' in a) {
          if (a.fault === 'reset') req.socket.destroy();
          else this.held.push(respond); // timeout: hold until flushHeld()
          return;
        }
        respond();
      });
    });
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
