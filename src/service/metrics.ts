// Prometheus metrics of the service (GET /metrics): what was transformed, filtered, failed, batched and delivered.
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pinterest_capi_' });
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name: `pinterest_capi_${name}`, help, labelNames, registers: [registry] });
  return {
    registry,
    transformed: counter('events_transformed_total', 'Pinterest events produced', ['feature']),
    filtered: counter('events_filtered_total', 'Inputs intentionally not sent (298)', ['feature']),
    failed: counter('events_failed_total', 'Inputs that failed to transform, by reason', [
      'feature',
      'reason',
    ]),
    batches: counter('batches_total', 'Batched requests built by the router', ['feature']),
    identifiers: counter(
      'identifiers_total',
      'Pinterest events produced with each user_data key (em, ph, click_id, …); ÷ events transformed = its share',
      ['feature', 'key'],
    ),
    deliveries: counter('delivery_jobs_total', 'Delivery outcome per job, by status code', ['status']),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
