// Requests held by a `timeout` fault: their sockets are destroyed after timeoutMs, or at once on close.
import type { Socket } from 'node:net';

export class HeldRequests {
  private readonly held = new Map<Socket, NodeJS.Timeout>();

  /** Holds the connection without answering, then destroys it (the client sees a timeout or a hang-up). */
  hold(socket: Socket, ms: number): void {
    const timer = setTimeout(() => this.release(socket), ms);
    this.held.set(socket, timer);
    socket.once('close', () => {
      clearTimeout(timer);
      this.held.delete(socket);
    });
  }

  /** Destroys every held connection (used by close(), so it never waits for a timeout). */
  releaseAll(): void {
    [...this.held.keys()].forEach((socket) => this.release(socket));
  }

  private release(socket: Socket): void {
    clearTimeout(this.held.get(socket));
    this.held.delete(socket);
    socket.destroy();
  }
}
