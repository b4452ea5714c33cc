// Remembers per pixel ID which epik was sent: the `_epik_sent` cookie holds `<pixelId>=<hash(epik)>&…`.
import { readCookie } from './cookies';
import { SENT_COOKIE } from './names';

export const readMarkers = (): URLSearchParams => new URLSearchParams(readCookie(SENT_COOKIE) || '');
