// statTags of an error entry: the error class's category/type plus where it happened (SPEC §3.3).
import type { Destination } from './types';

export type Feature = 'processor' | 'router' | 'batch' | 'dataDelivery';

export function statTags(error: unknown, feature: Feature, destination: Partial<Destination> | undefined) {
  const own = (error as { statTags?: Record<string, string> } | undefined)?.statTags ?? {};
  return {
    ...own,
    destType: 'PINTEREST_CAPI',
    module: 'destination',
    implementation: 'native',
    feature,
    destinationId: destination?.ID,
    workspaceId: destination?.WorkspaceID,
  };
}
