// Reads the `epik` query parameter of a URL's search string.

export const epikFromSearch = (search: string): string | undefined =>
  new URLSearchParams(search).get('epik') || undefined;
