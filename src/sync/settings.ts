// Applies the defaults to the config: pixel ID list, pixel event name, cookie Max-Age.
import { parseExtraPixelIds } from './pixel-ids';
import type { Settings, SyncConfig } from './types';

const DAY = 86400;

export function resolveSettings(config: SyncConfig = {}): Settings {
  const days = Number(config.cookieLifetimeDays);
  const ids = [config.pixelId, ...parseExtraPixelIds(config.extraPixelIds)]
    .map((id) => (id == null ? '' : String(id).trim()))
    .filter((id, i, all) => id && all.indexOf(id) === i);
  return {
    ids,
    event: config.customEventPropertyValue || 'MetaRouterSync',
    maxAge: Math.round((days > 0 ? days : 45) * DAY),
    domain: config.cookieDomain,
    consent: config.consent,
  };
}
