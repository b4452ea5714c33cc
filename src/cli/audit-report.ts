// The audit as a table: one row per Pinterest event name, the share of events carrying each identifier.
import { COLUMNS, runAudit, type AuditOptions, type AuditReport, type Column, type Coverage } from './audit';

const HEADERS: Record<Column, string> = {
  em: 'em',
  ph: 'ph',
  external_id: 'external_id',
  hashed_maids: 'hashed_maids',
  click_id: 'click_id',
  'client_ip_address+client_user_agent': 'ip+user_agent',
  event_id: 'event_id',
};

const row = (name: string, c: Coverage) => [
  name,
  String(c.events),
  ...COLUMNS.map((col) => `${c.percent[col]}%`),
];

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const reasons = (label: string, o: AuditReport['filtered']) => [
  `${label}: ${o.count}`,
  ...o.topReasons.map((r) => `  ${r.count} × ${r.message}`),
];

/** The report as text; `label: N` lines for inputs, events and outcomes, so scripts can read it too. */
export function auditText(r: AuditReport): string {
  const lines = [`inputs: ${r.inputs}`, `to send: ${r.toSend}`, `events: ${r.events}`];
  if (r.events > 0) {
    lines.push(
      '',
      'share of Pinterest events carrying each identifier (Pinterest needs em, hashed_maids or',
      'ip+user_agent on every event; each further identifier improves matching):',
      ...table([
        ['event_name', 'events', ...COLUMNS.map((c) => HEADERS[c])],
        ...Object.entries(r.eventNames).map(([name, c]) => row(name, c)),
        ...(Object.keys(r.eventNames).length > 1 ? [row('all', r.total)] : []),
      ]),
      '',
    );
  }
  lines.push(...reasons('filtered', r.filtered), ...reasons('rejected', r.rejected));
  return `${lines.join('\n')}\n`;
}

export async function auditCommand(o: AuditOptions & { json: boolean }): Promise<number> {
  const report = await runAudit(o);
  process.stdout.write(o.json ? `${JSON.stringify(report)}\n` : auditText(report));
  return 0;
}
