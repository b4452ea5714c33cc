// The operator guide's metrics reference: every metric the service registers for GET /metrics.
import { Registry, collectDefaultMetrics } from 'prom-client';
import { createMetrics } from '../../src/service/metrics';
import { code, table } from './markdown';

/** prom-client's process and Node.js metrics, by name without a prefix. */
function defaultMetricNames(): string[] {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry.getMetricsAsArray().map((m) => m.name);
}

export function metricsReference(): string {
  const defaults = defaultMetricNames();
  const metrics = createMetrics().registry.getMetricsAsArray();
  const isDefault = (name: string) => defaults.some((d) => name.endsWith(d));
  const own = metrics.filter((m) => !isDefault(m.name));
  // Which default metrics exist depends on the platform and Node.js version: name one that always does.
  const example = metrics.find((m) => m.name.endsWith('process_cpu_user_seconds_total'))?.name;
  const rows = own.map((m) => {
    const labels = (m as { labelNames?: readonly string[] }).labelNames ?? [];
    return [code(m.name), String(m.type), labels.map(code).join(', ') || '—', m.help];
  });
  return [
    table(['metric', 'type', 'labels', 'what it counts'], rows),
    `Besides these, prom-client's default process and Node.js metrics, with the same prefix${example ? ` (${code(example)}, …)` : ''}.`,
  ].join('\n\n');
}
