// commander requires node:child_process when it loads, for subcommands that are separate executables, which sla
// does not use; loading it (and node:net) costs ~2 ms of every start. The CLI bundle gets this stand-in, which
// loads the real module on first use.
let real;
const load = () => (real ??= require('node:child_process'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});
