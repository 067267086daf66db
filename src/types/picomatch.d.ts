// picomatch ships no types; only what sla uses is declared.
declare module 'picomatch' {
  namespace picomatch {
    interface Options {
      /** Let `*` and `**` match names that start with a dot. */
      dot?: boolean;
    }
  }
  function picomatch(glob: string | readonly string[], options?: picomatch.Options): (test: string) => boolean;
  export = picomatch;
}
