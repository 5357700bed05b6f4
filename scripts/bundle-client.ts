/**
 * One esbuild configuration for every browser script of the edition (client/): ES2022 modules,
 * minified, with the reader's interface strings compiled in (contract/reader-strings.ts).
 */
import path from 'node:path';
import { build } from 'esbuild';
import { nativeBuiltins } from './native-builtins';
import { readerStringsConstant } from '@/contract/reader-strings';
import { readerStringsByLanguage } from '@/lib/client/reader-strings';

export async function bundleClient(entryPoint: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022'],
    write: false,
    alias: { '@': path.resolve('.') },
    legalComments: 'none',
    define: { [readerStringsConstant]: JSON.stringify(readerStringsByLanguage()) },
    plugins: [nativeBuiltins],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return code;
}
