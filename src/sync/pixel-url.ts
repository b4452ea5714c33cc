// Builds the Pinterest match pixel URL for one Tag ID.

export const pixelUrl = (tid: string, event: string, epik: string, loc: string, cb: number): string =>
  `https://ct.pinterest.com/v3/?tid=${encodeURIComponent(tid)}&event=${encodeURIComponent(event)}` +
  `&pd[epik]=${encodeURIComponent(epik)}&ad[loc]=${encodeURIComponent(loc)}&cb=${cb}`;
