/**
 * README "Deploying" runs as written: the nginx configuration and the snippet command are taken out of
 * README.md, `nginx -t` checks the configuration as it stands (only the paths changed: a temporary
 * certificate, the test's out/ and snippets), and then nginx serves out/ from the same server block on a
 * loopback port (plain HTTP: `listen 443 ssl http2` → `listen 127.0.0.1:<port>`, certificate lines and the
 * port-80 redirect dropped: nothing else changed), as the current user, with its pid, logs and temporary
 * files in a temporary prefix. The request corpus of `npm start`'s fuzz suite (tests/helpers/http-corpus.ts)
 * must get correct answers from it too. Skipped, saying so, when nginx is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../scripts/measure-server';
import { cacheControl, pathHeaders } from '../../scripts/security-headers.js';
import { editionAt, generatedCases, namedCases, probe, runCorpus, samplePaths, send, type Probe } from '../helpers/http-corpus';

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
const brotliModule = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so'].find((candidate) =>
  existsSync(candidate),
);
const published = realpathSync(path.resolve(process.env.EXPORT_OUT ?? 'out'));
const readme = readFileSync('README.md', 'utf8');
const deploying = readme.slice(readme.indexOf('## Deploying'));

/** The fenced block of `language` that follows `after` in README "Deploying". */
function block(language: string, after: string): string {
  const from = deploying.indexOf(after);
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(deploying.slice(from));
  if (from < 0 || !match?.[1]) throw new Error(`README "Deploying" has no \`\`\`${language} block after “${after}”`);
  return match[1];
}

/** nginx.conf around the README's site file: a prefix of our own, the brotli module if installed. */
function mainConfig(prefix: string, site: string): string {
  return [
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    ...(brotliModule ? [`load_module ${brotliModule};`] : []),
    'worker_processes 1;',
    'events { worker_connections 512; }',
    'http {',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    site,
    '}',
    '',
  ].join('\n');
}

describe.skipIf(!nginx)('README nginx recipe', () => {
  let prefix: string;
  let site: string;
  let server: ChildProcess | undefined;
  let port = 0;

  let exported: string;

  beforeAll(async () => {
    prefix = mkdtempSync(path.join(tmpdir(), 'edition-nginx-'));
    mkdirSync(path.join(prefix, 'snippets'));
    // A copy of the export, with a /.well-known/ file as a deployment may add one.
    exported = path.join(prefix, 'out');
    cpSync(published, exported, { recursive: true, preserveTimestamps: true });
    mkdirSync(path.join(exported, '.well-known'));
    writeFileSync(path.join(exported, '.well-known', 'security.txt'), 'Contact: https://example.org/\n');
    // The snippet, by README's own command, from this build's _headers.
    const command = block('sh', '**Each deploy**')
      .split('\n')
      .filter((line) => !/^nginx /.test(line))
      .join('\n')
      .replaceAll('/srv/kasachstan-2022/out/_headers', path.join(exported, '_headers'))
      .replaceAll('/etc/nginx/snippets/', `${prefix}/snippets/`);
    const snippet = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    if (snippet.status !== 0) throw new Error(`README's snippet command failed: ${snippet.stderr}`);
    const certificate = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', `${prefix}/key.pem`, '-out', `${prefix}/cert.pem`],
      { encoding: 'utf8' },
    );
    if (certificate.status !== 0) throw new Error(`openssl: ${certificate.stderr}`);
    site = block('nginx', 'sites-available/kasachstan-2022')
      .replaceAll('include snippets/', `include ${prefix}/snippets/`)
      .replace('root /srv/kasachstan-2022/out;', `root ${exported};`);
    if (!brotliModule) site = site.replace(/^\s*brotli_static on;.*$/m, '');
  });

  afterAll(() => {
    if (server?.pid && server.exitCode === null) server.kill('SIGTERM');
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  test('the configuration loads with nginx -t, as written (only its paths changed)', () => {
    const asWritten = site.replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${prefix}/cert.pem;`).replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${prefix}/key.pem;`);
    writeFileSync(path.join(prefix, 'nginx-t.conf'), mainConfig(prefix, asWritten));
    const check = spawnSync(nginx as string, ['-t', '-p', prefix, '-e', `${prefix}/error.log`, '-c', path.join(prefix, 'nginx-t.conf')], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toMatch(/syntax is ok[\s\S]*test is successful/);
    expect(check.status).toBe(0);
  });

  test('it answers the request corpus of npm start correctly', async () => {
    port = await freePort();
    const servers = site.split(/\n(?=server \{)/);
    const main = servers.find((text) => text.includes('listen 443 ssl http2;'));
    const head = site.slice(0, site.indexOf('server {'));
    if (!main) throw new Error('README nginx config has no `listen 443 ssl http2;` server block');
    const plain = main
      .replace(/^\s*listen 443 ssl http2;.*$/m, `    listen 127.0.0.1:${port};`)
      .replace(/^\s*listen \[::\]:443 ssl http2;.*$/m, '')
      .replace(/^\s*ssl_certificate(_key)?\s.*$/gm, '');
    writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig(prefix, `${head}${plain}`));
    server = spawn(nginx as string, ['-p', prefix, '-e', `${prefix}/error.log`, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const answer = await send(port, probe('ready', 'GET', '/de'), 1000);
      if (answer.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const edition = editionAt(exported);
    const failures = await runCorpus(port, namedCases('nginx'), edition, 8);
    const generated = await runCorpus(
      port,
      generatedCases(Number(process.env.FUZZ_SEED ?? 20260113), Number(process.env.FUZZ_COUNT ?? 10_000), samplePaths(exported)),
      edition,
      16,
    );
    expect(server.exitCode, output).toBeNull();
    expect([...failures, ...generated].slice(0, 25), `${failures.length + generated.length} wrong answers from nginx`).toEqual([]);
  });

  test('every file type goes out with its type and charset, /api/ is open to other origins', async () => {
    expect(port).toBeGreaterThan(0);
    const checks: [Probe, string, string][] = [
      [probe('bib', 'GET', '/api/cite/januar-aufstand.de.bib'), 'content-type', 'application/x-bibtex; charset=utf-8'],
      [probe('ris', 'GET', '/api/cite/januar-aufstand.de.ris'), 'content-type', 'application/x-research-info-systems; charset=utf-8'],
      [probe('csl', 'GET', '/api/cite/januar-aufstand.de.json'), 'content-type', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
      [probe('json', 'GET', '/api/texts.json'), 'access-control-allow-origin', '*'],
      [probe('page', 'GET', '/de'), 'content-type', 'text/html; charset=utf-8'],
      [probe('page', 'GET', '/de'), 'cross-origin-resource-policy', 'same-origin'],
      [probe('page', 'GET', '/de'), 'strict-transport-security', 'max-age=31536000'],
      [probe('well-known', 'GET', '/.well-known/security.txt'), 'content-type', 'text/plain; charset=utf-8'],
    ];
    expect((await send(port, probe('well-known dotfile', 'GET', '/.well-known/.secret'))).status).toBe(404);
    // The path rules of scripts/security-headers.js, on a 200, a 304 and an OPTIONS preflight.
    for (const target of ['/api/texts.json', '/de', '/assets/', '/fonts/']) {
      const file = target.endsWith('/') ? samplePaths(exported).find((candidate) => candidate.startsWith(target) && !candidate.endsWith('/')) : target;
      if (!file) continue;
      for (const [name, value] of Object.entries(pathHeaders(file))) checks.push([probe(file, 'GET', file), name.toLowerCase(), value]);
      for (const [name, value] of Object.entries(pathHeaders(file)))
        checks.push([
          probe(`${file} preflight`, 'OPTIONS', file, [
            ['Origin', 'https://example.org'],
            ['Access-Control-Request-Method', 'GET'],
          ]),
          name.toLowerCase(),
          value,
        ]);
      checks.push([probe(file, 'GET', file), 'cache-control', cacheControl(file)]);
    }
    for (const [request, name, value] of checks) {
      const response = await send(port, request);
      expect(response.headers.get(name), `${request.method} ${request.target}: ${name}`).toBe(value);
    }
  });
});

test.runIf(!nginx)('README nginx recipe: skipped, nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static)', () => {
  expect(nginx).toBeUndefined();
});
