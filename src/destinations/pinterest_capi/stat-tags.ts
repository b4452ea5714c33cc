// statTags of an error entry: the error class's category/type plus where it happened (SPEC §3.3).
import type { Destination } from './types';

export type Feature = 'processor' | 'router' | 'batch' | 'dataDelivery';

export function statTags(error: unknown, feature: Feature, destination: Partial<Destination> | undefined) {
  // Copied key by key: spreading the integrations-lib tag objects takes ~25 µs each in V8 (issue 8), this ~0.1 µs.
  const tags: Record<string, unknown> = {};
  const own = (error as { statTags?: Record<string, unknown> } | undefined)?.statTags;
  if (own) for (const k in own) tags[k] = own[k];
  tags.destType = 'PINTEREST_CAPI';
  tags.module = 'destination';
  tags.implementation = 'native';
  tags.feature = feature;
  tags.destinationId = destination?.ID;
  tags.workspaceId = destination?.WorkspaceID;
  return tags;
}
