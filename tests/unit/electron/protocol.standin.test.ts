/**
 * The app:// protocol against a stand-in for Electron's `protocol`, serving a real folder on disk: files
 * come back with the strict CSP, and no URL reaches a file outside the renderer folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appRequestHandler,
  resolveAppPath,
  serveRenderer,
  serveSinglePage,
  type ProtocolRegistry,
} from '../../../src/main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'spasm-guide-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'notes.txt'), 'not a served type');
  writeFileSync(join(base, 'secret.json'), '{"secret":true}');
  writeFileSync(join(base, 'renderer-evil.html'), 'outside');
  // Links out of the folder (to a file and to a folder), a link that stays inside, and a named pipe.
  symlinkSync(join(base, 'secret.json'), join(root, 'assets', 'linked-secret.json'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'alias.js'));
  mkdirSync(join(root, 'folder.js'));
  if (process.platform !== 'win32') execFileSync('mkfifo', [join(root, 'assets', 'pipe.js')]);
});

const get = (url: string, method = 'GET') => appRequestHandler(root)(new Request(url, { method }));

class StandInProtocol implements ProtocolRegistry {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  unhandle(scheme: string): void {
    if (!this.handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
  }
}

describe('app:// protocol (with a stand-in for Electron)', () => {
  it('registers its handler on the app scheme', () => {
    const protocol = new StandInProtocol();
    serveRenderer(protocol, root);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('serves the renderer’s files with their type and the strict CSP', async () => {
    for (const url of ['app://spasm-guide/', 'app://spasm-guide/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>app</title>');
    }
    const script = await get('app://spasm-guide/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1)');
  });

  it('has a CSP with no inline script, no eval and no remote origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('answers 404 for missing files, folders and unserved types, 405 for other methods', async () => {
    expect((await get('app://spasm-guide/nope.js')).status).toBe(404);
    expect((await get('app://spasm-guide/assets/')).status).toBe(404);
    expect((await get('app://spasm-guide/assets/notes.txt')).status).toBe(404);
    expect((await get('app://spasm-guide/index.html', 'POST')).status).toBe(405);
    const head = await get('app://spasm-guide/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });

  it.each([
    'app://spasm-guide/../secret.json',
    'app://spasm-guide/%2e%2e/secret.json',
    'app://spasm-guide/assets/%2e%2e/%2e%2e/secret.json',
    'app://spasm-guide/..%2fsecret.json',
    'app://spasm-guide/..%5csecret.json',
    'app://spasm-guide/%5c..%5csecret.json',
    'app://spasm-guide/%2e%2e%2frenderer-evil.html',
    'app://spasm-guide/index.html%00.js',
    'app://spasm-guide/%E0%A4%A',
    'app://other-host/index.html',
    'https://spasm-guide/index.html',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const file = resolveAppPath(root, url);
    if (file !== null) expect(file.startsWith(join(root, '/'))).toBe(true);
    const response = await get(url);
    const body = await response.text();
    expect(body).not.toContain('secret');
    expect(body).not.toContain('outside');
  });

  it('follows no symbolic link out of the folder, and reads only regular files', async () => {
    expect((await get('app://spasm-guide/assets/linked-secret.json')).status).toBe(404);
    expect((await get('app://spasm-guide/up/secret.json')).status).toBe(404);
    expect((await get('app://spasm-guide/up/renderer-evil.html')).status).toBe(404);
    expect((await get('app://spasm-guide/folder.js')).status).toBe(404);
    const alias = await get('app://spasm-guide/assets/alias.js');
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe('console.log(1)');
  });

  it.skipIf(process.platform === 'win32')('answers a named pipe with 404 at once instead of hanging', async () => {
    const started = performance.now();
    const response = await Promise.race([
      get('app://spasm-guide/assets/pipe.js'),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the request hung on a FIFO')), 2_000)),
    ]);
    expect(response.status).toBe(404);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('replaces the renderer with the single page when the renderer was already served', async () => {
    const protocol = new StandInProtocol();
    serveRenderer(protocol, root);
    serveSinglePage(protocol, '<h1>broken</h1>', "default-src 'none'");
    const response = await protocol.handlers.get('app')!(new Request('app://spasm-guide/assets/app.js'));
    expect(await response.text()).toBe('<h1>broken</h1>');
  });

  it('serves a single self-contained page for every URL when the app cannot start', async () => {
    const protocol = new StandInProtocol();
    serveSinglePage(protocol, '<h1>broken</h1>', "default-src 'none'");
    const handler = protocol.handlers.get('app');
    const response = await handler!(new Request('app://spasm-guide/index.html'));
    expect(await response.text()).toBe('<h1>broken</h1>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});
