import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The pages ship without Next's client runtime: lint refuses what would need it, with the reason.
// The first lint loads typescript-eslint's parser: seconds on a loaded machine, beyond vitest's 5 s default.
describe('lint refuses client features the static pages cannot run', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  const messages = async (code: string) => (await eslint.lintText(code, { filePath: 'components/Probe.tsx' }))[0]?.messages.map((message) => message.message) ?? [];

  it("refuses a 'use client' component", async () => {
    expect(await messages("'use client';\n\nexport function Probe() {\n  return null;\n}\n")).toEqual([expect.stringContaining("ship without Next's client runtime")]);
  });

  it('refuses next/script', async () => {
    expect(await messages("import Script from 'next/script';\n\nexport const Probe = Script;\n")).toEqual([expect.stringContaining("ship without Next's client runtime")]);
  });

  it('accepts a server component', async () => {
    expect(await messages('export function Probe() {\n  return null;\n}\n')).toEqual([]);
  });
});
