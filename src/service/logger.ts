// Structured logs (pino): the access token, Authorization headers and request bodies (PII) are never written.
import type { LoggerOptions } from 'pino';

export const loggerOptions = (level = process.env.LOG_LEVEL ?? 'info'): LoggerOptions => ({
  level,
  redact: {
    paths: [
      'req.headers.authorization',
      'headers.authorization',
      'headers.Authorization',
      '*.accessToken',
      '*.*.accessToken',
      'accessToken',
    ],
    censor: '[redacted]',
  },
  serializers: {
    // Only the route and status: bodies carry raw PII and tokens.
    req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
    res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  },
});
