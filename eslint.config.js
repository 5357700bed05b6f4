import nextPlugin from '@next/eslint-plugin-next';
import tseslint from 'typescript-eslint';

/** Files allowed to touch the file system: the content gateway, the CSL styles loader, the CLIs, the tests and the configs. */
// lib/pipeline/annotated-edition-file.ts reads and writes the build's annotated edition (and hashes its inputs), not the sources' meaning.
const fileSystemAllowed = ['lib/content/load.ts', 'lib/pipeline/annotated-edition-file.ts', 'lib/citation/styles.ts', 'scripts/**', 'tests/**', '*.config.{js,ts}'];

/** Why the pages may not ask for Next's client runtime: the export ships without it. */
/**
 * The browser scripts (client/) talk to the pages through contract/ only: what they import is bundled
 * and shipped, and a server module would pull the citation engine, zod schemas or the file system
 * into every reader's download. Type-only imports are erased by esbuild, so they are allowed (the
 * reader's data shape, lib/client/reader-data.ts, names the citation templates' type).
 */
const serverSideMessage = 'client/ imports only contract/ (and npm packages) from outside client/: move the shared constant or type into contract/.';
const serverSidePatterns = ['@/lib/**', '@/components/**', '@/app/**', '@/i18n/**', '@/scripts/**', '@/messages/**', '../lib/**', '../components/**', '../app/**', '../../lib/**'];

/** Why the browser scripts never parse HTML strings: the pages' data is text and trees, built into elements. */
const htmlStringMessage =
  'client/ builds elements from data (client/template.ts `element()`, `replaceChildren`, `textContent`), never from HTML strings: a string parsed as HTML is where markup from a text or a citation would run as the page. Citations travel as runs (contract/cite-tokens.ts).';

const clientRuntimeMessage =
  "The pages ship without Next's client runtime (scripts/postbuild.ts removes it and stops the build on any client module: README “What the post-build step guarantees”): a client component or next/script would never run. Put interactivity in client/ as progressive enhancement of server-rendered markup.";

export default tseslint.config(
  { ignores: ['.next/**', 'out/**', '.editions/**', '.scratch/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Plain <a> is deliberate: the edition is static pages, navigated without a client router.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
              name,
              message: 'Only the content gateway (lib/content/load.ts) reads files; ask it instead.',
            })),
            { name: 'next/script', message: clientRuntimeMessage },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "ExpressionStatement[directive='use client']", message: clientRuntimeMessage }],
    },
  },
  { files: fileSystemAllowed, rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: serverSideMessage })),
          patterns: [{ group: serverSidePatterns, message: serverSideMessage, allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment'].map((property) => ({ property, message: htmlStringMessage })),
      ],
    },
  },
);
