// Pinterest's error bodies ({code, message}; 422 adds details) with the codes of its OpenAPI description.
import type { EventResult } from './types';

export interface PinterestError {
  code: number;
  message: string;
}

export interface ConversionApiResponse {
  num_events_received: number;
  num_events_processed: number;
  events: EventResult[];
}

/** Codes Pinterest documents for events/create; INTERNAL and NOT_FOUND are the emulator's own choice. */
export const CODES = {
  AUTHENTICATION: 2,
  RATE_LIMIT: 8,
  FORBIDDEN: 29,
  NOT_ALL_PROCESSED: 953,
  INVALID_REQUEST: 4196,
  RAMPED_DOWN: 4197,
  INTERNAL: 1,
  NOT_FOUND: 404,
} as const;

export const unauthorized = (): PinterestError => ({
  code: CODES.AUTHENTICATION,
  message: 'Authentication failed.',
});

export const forbidden = (): PinterestError => ({
  code: CODES.FORBIDDEN,
  message: 'You are not permitted to access that resource.',
});

export const rateLimited = (): PinterestError => ({
  code: CODES.RATE_LIMIT,
  message: 'You have exceeded your rate limit. Try again later.',
});

export const rampedDown = (): PinterestError => ({
  code: CODES.RAMPED_DOWN,
  message: 'The endpoint has been ramped down and is currently not accepting any traffic.',
});

export const internalError = (): PinterestError => ({
  code: CODES.INTERNAL,
  message: 'Something went wrong on our end. Sorry about that.',
});

export const invalidRequest = (problem: string): PinterestError => ({
  code: CODES.INVALID_REQUEST,
  message: `Invalid request: ${problem}`,
});

export const notFound = (method: string, path: string): PinterestError => ({
  code: CODES.NOT_FOUND,
  message: `Not found: ${method} ${path}`,
});

export const notAllProcessed = (details: ConversionApiResponse) => ({
  code: CODES.NOT_ALL_PROCESSED,
  message: 'Not all events were successfully processed.',
  details,
});
