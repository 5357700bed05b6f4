/**
 * An esbuild plugin that gives the browser's own built-ins to code compiled for old browsers with
 * Babel's core-js runtime (`@apache-annotator/selector` 0.2.0, the W3C selectors the reading layer
 * anchors with). Every browser the edition supports (ES2022) has these natively; bundling core-js's
 * copies instead almost tripled the reading layer (+90 KB minified). A module not in the table fails
 * the build, so an upgrade that needs another built-in is noticed, not shipped half-polyfilled.
 */
import type { Plugin } from 'esbuild';

const builtins: Record<string, string> = {
  'array/from': 'Array.from',
  'array/is-array': 'Array.isArray',
  'object/create': 'Object.create',
  'object/define-property': 'Object.defineProperty',
  'object/get-prototype-of': 'Object.getPrototypeOf',
  'object/set-prototype-of': 'Object.setPrototypeOf',
  promise: 'Promise',
  symbol: 'Symbol',
  'symbol/async-iterator': 'Symbol.asyncIterator',
  'symbol/iterator': 'Symbol.iterator',
  'symbol/to-primitive': 'Symbol.toPrimitive',
  'get-iterator': '(value) => value[Symbol.iterator]()',
  'get-iterator-method': '(value) => (value == null ? undefined : value[Symbol.iterator])',
};

// `instance/starts-with` is the method looked up on the value, as Babel calls it: `f(value).call(value, …)`.
const instanceMethod = /^instance\/([a-z-]+)$/;

/** `@babel/runtime-corejs3/core-js/symbol`, `core-js-pure/features/symbol/index.js` → `symbol`. */
const polyfill = /^(?:@babel\/runtime-corejs3\/core-js(?:-stable)?|core-js-pure\/(?:features|stable|actual|full))\/(.+?)(?:\/index)?(?:\.js)?$/;

// CommonJS, because Babel's helpers both `import` and `require` them (esbuild bridges either way).
function nativeSource(name: string): string {
  const method = instanceMethod.exec(name)?.[1];
  if (method) return `module.exports = (value) => value.${method.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())};`;
  const builtin = builtins[name];
  if (!builtin) throw new Error(`scripts/native-builtins.ts: no native built-in for core-js's "${name}"; add it to the table`);
  return `module.exports = ${builtin};`;
}

export const nativeBuiltins: Plugin = {
  name: 'native-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:@babel\/runtime-corejs3\/core-js|core-js-pure)\// }, (args) => {
      const name = polyfill.exec(args.path)?.[1];
      return name ? { path: name, namespace: 'native-builtin' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'native-builtin' }, (args) => ({ contents: nativeSource(args.path), loader: 'js' }));
  },
};
