// `pinterest-capi validate-config`: exit 0, or every problem on its own line (server and browser-sync fields).
import { fullConfigSchema } from '../destinations/pinterest_capi/config/schema';
import { describeIssues } from '../destinations/pinterest_capi/config/problems';
import { readJsonFile } from './io';

export function validateConfigCommand(path: string): number {
  const raw = readJsonFile(path, 'config');
  const parsed = fullConfigSchema.safeParse(raw);
  if (parsed.success) {
    process.stdout.write(`${path}: valid\n`);
    return 0;
  }
  for (const problem of describeIssues(raw, parsed.error)) process.stdout.write(`${problem}\n`);
  return 1;
}
