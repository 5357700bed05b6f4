import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cslJsonType, fileTypes } from '../../../scripts/mime-types.js';

/** README "Deploying": the nginx site configuration, as written. */
function nginxConfig(): string {
  const readme = readFileSync('README.md', 'utf8');
  const deploying = readme.slice(readme.indexOf('## Deploying'));
  const match = /sites-available\/kasachstan-2022[\s\S]*?```nginx\n([\s\S]*?)```/.exec(deploying);
  if (!match?.[1]) throw new Error('README "Deploying" has no nginx site configuration');
  return match[1];
}

describe('the README nginx recipe', () => {
  const config = nginxConfig();

  it('maps every suffix to the type scripts/mime-types.js gives it', () => {
    const block = /\n {4}types \{\n([\s\S]*?)\n {4}\}/.exec(config)?.[1] ?? '';
    const nginxTypes = new Map<string, string>();
    for (const line of block.split('\n')) {
      const entry = /^\s*"([^"]+)"\s+([^;]+);/.exec(line);
      for (const extension of entry?.[2]?.trim().split(/\s+/) ?? []) nginxTypes.set(extension, entry?.[1] ?? '');
    }
    const simple = fileTypes.filter((entry) => entry.suffix.split('.').length === 2);
    expect(Object.fromEntries(nginxTypes)).toEqual(Object.fromEntries(simple.map((entry) => [entry.suffix.slice(1), entry.type])));
  });

  it('gives TEI and CSL-JSON their own types', () => {
    const tei = fileTypes.find((entry) => entry.suffix === '.tei.xml')?.type;
    expect(config).toContain(`location ~ \\.tei\\.xml$ { types { } default_type "${tei}"; }`);
    expect(config).toContain(`default_type "${cslJsonType}"`);
  });

  it('loads on Debian 12 nginx 1.22: no `http2 on;`', () => {
    expect(config).not.toMatch(/^\s*http2 on;/m);
    expect(config).toMatch(/listen 443 ssl http2;/);
  });
});
