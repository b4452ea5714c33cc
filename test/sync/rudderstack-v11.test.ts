// RudderStack JS SDK v1.1 (rudder-sdk-js 2.x) with `sync.attach(rudderanalytics)`.
import { rudderStackSuite } from './rudderstack';

rudderStackSuite({
  // as the CDN script does: the SDK reads the snippet's buffer when it runs, then becomes the global
  entry: `window.rudderanalytics = require('rudder-sdk-js');`,
  tag: `<script src="/sdk.js"></script>`,
});
