// Normalisers for free-text identifiers: names, gender, city, external IDs, mobile advertising IDs.

export function normalizeName(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return v === '' ? undefined : v;
}

// Pinterest: gender is "f", "m" or "n" (non-binary).
const GENDERS: Readonly<Record<string, string>> = {
  f: 'f',
  female: 'f',
  woman: 'f',
  m: 'm',
  male: 'm',
  man: 'm',
  n: 'n',
  'non-binary': 'n',
  nonbinary: 'n',
  'non binary': 'n',
};

export const normalizeGender = (value: string): string | undefined =>
  GENDERS[value.trim().toLowerCase().replace(/\s+/g, ' ')];

// Pinterest: city "in lowercase, and without spaces or punctuation".
export function normalizeCity(value: string): string | undefined {
  const v = value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return v === '' ? undefined : v;
}

export function normalizeId(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

const ZERO_IDFA = '00000000-0000-0000-0000-000000000000';

/** An all-zero IDFA means the user limited ad tracking: it identifies nobody. */
export function normalizeMaid(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return v === '' || v === ZERO_IDFA ? undefined : v;
}
