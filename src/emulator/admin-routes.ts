// The emulator's own routes for assertions: GET /_emulator/events and DELETE /_emulator/events.
import type { FastifyInstance } from 'fastify';
import type { Recorder } from './recorder';

export function adminRoutes(app: FastifyInstance, recorder: Recorder): void {
  app.get('/_emulator/events', async () => ({ events: recorder.list() }));
  app.delete('/_emulator/events', async () => ({ cleared: recorder.clear() }));
}
