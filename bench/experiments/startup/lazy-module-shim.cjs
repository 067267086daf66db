// For the snapshot build only: fdir (through tinyglobby) calls createRequire() while its module is evaluated, which
// starts Node's CommonJS loader inside the snapshot and breaks start-up from it. This createRequire defers the
// real one to the first call of the returned require, and refuses to load packages while the snapshot is being built
// (fdir then goes without its optional picomatch, which tinyglobby does not need).
const real = () => require('node:module');
module.exports = {
  ...real(),
  createRequire(url) {
    let r;
    const get = () => (r ??= real().createRequire(url));
    const lazy = (id) => {
      if (require('node:v8').startupSnapshot.isBuildingSnapshot()) throw new Error(`not loaded while building the snapshot: ${id}`);
      return get()(id);
    };
    lazy.resolve = (id, options) => get().resolve(id, options);
    return lazy;
  },
};
