#!/usr/bin/env node
/**
 * Starts the built Linux packages the way a user does and checks that they run (the CI workflow runs this
 * on Ubuntu 24.04 under a virtual display, after `npm run dist`):
 * - the AppImage starts and keeps running; its launcher keeps Chromium's sandbox on unless this system
 *   refuses unprivileged user namespaces (then, and only then, it adds --no-sandbox);
 * - the .deb (installed with apt) starts sandboxed;
 * - a packaged build refuses to start with a debugging switch, and never opens the debugging port.
 * Usage: node scripts/smoke-linux-packages.mjs [dist-folder]   (installing the .deb needs sudo)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve(process.argv[2] ?? 'dist');
const INSTALLED = '/opt/Spasm Guide/spasm-guide';
const RUN_FOR_MS = 12_000;
const failures = [];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const artifact = (suffix) => {
  const name = readdirSync(DIST).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`no ${suffix} in ${DIST}`);
  return join(DIST, name);
};

/** Command lines of every process started with this user-data folder (the app's own processes). */
function processesOf(userDataDir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.includes(userDataDir))) found.push(args);
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** Starts `command`, lets it run, and answers whether it stayed up and whether its renderers are sandboxed. */
async function launch(label, command, args = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'spasm-guide-smoke-'));
  const child = spawn(command, [...args, `--user-data-dir=${userDataDir}`], { detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exit = null;
  child.on('exit', (code, signal) => (exit = signal ?? code));
  await sleep(RUN_FOR_MS);
  const renderers = processesOf(userDataDir).filter((args) => args.includes('--type=renderer'));
  const running = exit === null;
  if (running) process.kill(-child.pid, 'SIGTERM');
  await sleep(1_000);
  console.log(`${label}: ${running ? 'running' : `exited (${exit})`}, ${renderers.length} renderer(s)`);
  if (/FATAL|setuid_sandbox_host/.test(output)) console.log(output);
  return { running, exit, renderers, output, sandboxed: renderers.every((r) => !r.includes('--no-sandbox')) };
}

const userNamespaces = spawnSync('unshare', ['-Ur', 'true']).status === 0;
console.log(`unprivileged user namespaces: ${userNamespaces ? 'allowed' : 'refused'} on this system`);

// The AppImage, as downloaded: started directly, no extraction, no flags.
const appImage = artifact('.AppImage');
chmodSync(appImage, 0o755);
const fromAppImage = await launch('AppImage', appImage);
if (!fromAppImage.running) failures.push(`the AppImage did not keep running:\n${fromAppImage.output}`);
else if (fromAppImage.renderers.length === 0) failures.push('the AppImage showed no window (no renderer process)');
else if (fromAppImage.sandboxed !== userNamespaces) {
  failures.push(
    `the AppImage ran ${fromAppImage.sandboxed ? 'sandboxed' : 'unsandboxed'} although user namespaces are ${userNamespaces ? 'allowed' : 'refused'}`,
  );
}

// The .deb: installed as a user would, then started from its installed path.
execFileSync('sudo', ['apt-get', 'install', '-y', '--no-install-recommends', artifact('.deb')], { stdio: 'inherit' });
const fromDeb = await launch('.deb', INSTALLED);
if (!fromDeb.running) failures.push(`the installed .deb did not keep running:\n${fromDeb.output}`);
else if (fromDeb.renderers.length === 0) failures.push('the installed .deb showed no window (no renderer process)');
else if (!fromDeb.sandboxed) failures.push('the installed .deb ran its renderers without the sandbox');

// Debugging switches: the packaged app quits before it is ready; the port never opens.
for (const debugArg of ['--remote-debugging-port=9333', '--inspect=9334']) {
  const port = Number(debugArg.split('=')[1]);
  const userDataDir = mkdtempSync(join(tmpdir(), 'spasm-guide-smoke-'));
  const result = spawnSync(INSTALLED, [debugArg, `--user-data-dir=${userDataDir}`], { timeout: 20_000 });
  const listening = await new Promise((answer) => {
    const socket = connect(port, '127.0.0.1', () => answer(true) || socket.destroy());
    socket.on('error', () => answer(false));
  });
  console.log(`${debugArg}: exit ${result.status ?? result.signal}, port ${listening ? 'open' : 'closed'}`);
  if (result.status !== 1) failures.push(`${debugArg} did not make the packaged app quit with status 1`);
  if (listening) failures.push(`${debugArg} opened port ${port}`);
}

if (failures.length > 0) {
  console.error(`\nLinux package smoke test failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nLinux packages: the AppImage and the .deb start, and refuse debugging switches.');
