// Preload (node --require) for the peer's service: a server listening on a bare port binds 127.0.0.1 only.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackListen(...args) {
  const [first, second] = args;
  const barePort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (barePort && typeof second !== 'string') args.splice(1, 0, '127.0.0.1');
  else if (first && typeof first === 'object' && first.path === undefined && first.host === undefined)
    args[0] = { ...first, host: '127.0.0.1' };
  return listen.apply(this, args);
};
