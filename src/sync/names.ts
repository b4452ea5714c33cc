// Names of the cookies the sync owns.

/** The click ID cookie (same name as Pinterest's own tag uses). */
export const EPIK_COOKIE = '_epik';
/** Per pixel ID, a hash of the epik already sent: `<pixelId>=<hash>&…`. */
export const SENT_COOKIE = '_epik_sent';
/** Written and removed at once while looking for the registrable domain. */
export const PROBE_COOKIE = '_epik_probe';
