// RudderStack JS SDK v3 (@rudderstack/analytics-js, the build with its plugins bundled) with `sync.attach(rudderanalytics)`.
import { rudderStackSuite } from './rudderstack';

rudderStackSuite({
  entry: `import { RudderAnalytics } from '@rudderstack/analytics-js/bundled'; window.RudderAnalytics = RudderAnalytics;`,
  // as the CDN script does when it runs: the constructor takes over the snippet's buffer and the global
  tag: `<script src="/sdk.js"></script><script>new RudderAnalytics();</script>`,
});
