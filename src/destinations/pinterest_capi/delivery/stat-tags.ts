// statTags of a failed delivery job (SPEC §3.3, §13): the tags of the integrations-lib class for its cause,
// feature `dataDelivery`, destination and workspace taken from the job's metadata as the host does.
import {
  AbortedError,
  NetworkError,
  RetryableError,
  ThrottledError,
} from '@rudderstack/integrations-lib/build/errors';
import { InstrumentationError, withoutStack } from '../errors';
import { statTags } from '../stat-tags';
import type { Metadata } from '../types';

/**
 * refused: bad client input, nothing sent · network: no usable answer (timeout, connection, size, cancelled) ·
 * retryable: Pinterest's retryable answers · throttled: 429 · aborted: a terminal 4xx or a failed event.
 */
export type DeliveryCause = 'refused' | 'network' | 'retryable' | 'throttled' | 'aborted';

// One instance per class, built once: the tags are the class's, no per-job error object is needed.
const CLASS_TAGS: Record<DeliveryCause, { statTags: Record<string, unknown> }> = withoutStack(() => ({
  refused: new InstrumentationError('refused'),
  network: new NetworkError('network', 500, { errorType: 'retryable' }),
  retryable: new RetryableError('retryable'),
  throttled: new ThrottledError('throttled'),
  aborted: new AbortedError('aborted'),
}));

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const deliveryStatTags = (cause: DeliveryCause, metadata: Metadata) =>
  statTags(CLASS_TAGS[cause], 'dataDelivery', {
    ID: text(metadata?.destinationId),
    WorkspaceID: text(metadata?.workspaceId),
  });
