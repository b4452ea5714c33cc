// The host's shapes (RudderStack transformer contract, SPEC §3).
import type { PinterestEvent } from './wire';

export interface Destination {
  ID: string;
  Name?: string;
  Config: Record<string, unknown>;
  DestinationDefinition?: Record<string, unknown>;
  WorkspaceID?: string;
  Enabled?: boolean;
}

export type Metadata = Record<string, unknown> & { jobId?: number };

export interface ProcessorInput {
  message: unknown;
  metadata?: Metadata;
  destination: Destination;
}

export interface RestRequest {
  version: '1';
  type: 'REST';
  method: 'POST';
  endpoint: string;
  headers: Record<string, string>;
  params: Record<string, boolean>;
  body: { JSON: { data: PinterestEvent[] }; JSON_ARRAY: object; XML: object; FORM: object };
  files: object;
}
