// SHA-256 of normalised identifiers, with pre-hashed pass-through (callers cache results per rule).
import { hash } from 'node:crypto';

const HEX64 = /^[0-9a-fA-F]{64}$/;

export const isSha256Hex = (value: string): boolean => value.length === 64 && HEX64.test(value);

// crypto.hash: the one-shot digest, without a Hash object per value (Node ≥ 20.12).
export const sha256Hex = (value: string): string => hash('sha256', value, 'hex');

/** Pinterest wants lowercase hex SHA-256; a value that already is 64 hex characters was hashed upstream. */
export function hashNormalized(normalized: string): string {
  if (isSha256Hex(normalized)) return normalized.toLowerCase();
  return sha256Hex(normalized);
}
