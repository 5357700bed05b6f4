import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// What client/ imports is shipped to every reader: lint lets it reach the server side only through contract/.
// The first lint loads the whole config and TypeScript: seconds on a loaded machine.
describe('lint keeps the browser script on its side of the contract', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  const messages = async (code: string, filePath = 'client/probe.ts') => (await eslint.lintText(code, { filePath }))[0]?.messages.map((message) => message.message) ?? [];

  it('refuses a server module in client/', async () => {
    expect(await messages("import { paths } from '@/lib/routes';\n\nexport const probe = paths;\n")).toEqual([expect.stringContaining('client/ imports only contract/')]);
  });

  it('refuses a component module in a nested client folder', async () => {
    expect(await messages("import { annotationIds } from '@/components/annotation-ids';\n\nexport const probe = annotationIds;\n", 'client/reading/probe.ts')).toEqual([
      expect.stringContaining('client/ imports only contract/'),
    ]);
  });

  it('holds for the reader’s own modules too: no file of client/ is exempt', async () => {
    expect(await messages("import { storageKeys } from '@/lib/client/reader-data';\n\nexport const probe = storageKeys;\n", 'client/index.ts')).toEqual([
      expect.stringContaining('client/ imports only contract/'),
    ]);
  });

  it('accepts contract/ and a type-only import, which esbuild erases', async () => {
    const code =
      "import { paths } from '@/contract/routes';\nimport type { Edition } from '@/lib/content/model';\n\nexport const probe: [typeof paths, Edition | undefined] = [paths, undefined];\n";
    expect(await messages(code)).toEqual([]);
  });

  it('lets the pages import lib/ as before', async () => {
    expect(await messages("import { paths } from '@/lib/routes';\n\nexport const probe = paths;\n", 'components/Probe.tsx')).toEqual([]);
  });
});
