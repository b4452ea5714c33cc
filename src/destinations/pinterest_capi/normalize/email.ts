// Email normalisation (Pinterest: "Sha256 hashes of lowercase version of user's email addresses").

export function normalizeEmail(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const at = v.indexOf('@');
  // One "@" with text on both sides; anything else cannot match a Pinterest user.
  if (at <= 0 || at === v.length - 1 || v.indexOf('@', at + 1) !== -1) return undefined;
  return v;
}
