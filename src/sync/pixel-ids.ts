// Parses `extraPixelIds` (JSON array text or array); anything else → one warning and no extras.

export function parseExtraPixelIds(value: unknown): string[] {
  if (value == null || value === '') return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = undefined;
    }
  }
  if (Array.isArray(list) && list.every((id) => typeof id === 'string' || typeof id === 'number')) {
    return list.map(String);
  }
  console.warn(
    'PinterestCapiSync: extraPixelIds must be a JSON array of pixel IDs, e.g. ["2613210818064"]; only the main pixel fires',
  );
  return [];
}
