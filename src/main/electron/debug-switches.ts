/**
 * A packaged app refuses to start with a debugging switch: Chromium's remote debugging (port or pipe) and
 * Node's inspector would let any local program drive the app and read what the user typed. No fuse gates
 * Chromium's switches, so the app checks its own command line and quits before it is ready.
 *
 * Switches are read the way Chromium reads them: `--name`, `-name` (and `/name` on Windows, where names are
 * case-insensitive), with or without `=value`, up to a bare `--` after which nothing is a switch.
 */

/** Chromium's and Node's debugging switches; `inspect` covers --inspect, --inspect-brk, --inspect-port, ... */
const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'debug',
  'debug-brk',
];
const DEBUG_PREFIXES = ['inspect'];

function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const prefixes = platform === 'win32' ? ['--', '-', '/'] : ['--', '-'];
  const prefix = prefixes.find((p) => arg.startsWith(p) && arg.length > p.length);
  if (!prefix) return null;
  const name = arg.slice(prefix.length).split('=', 1)[0];
  return platform === 'win32' ? name.toLowerCase() : name;
}

/** The first debugging switch in `argv` (the process's arguments after the executable), or null. */
export function debugSwitch(argv: readonly string[], platform: NodeJS.Platform): string | null {
  for (const arg of argv) {
    if (arg === '--') return null;
    const name = switchName(arg, platform);
    if (name && (DEBUG_SWITCHES.includes(name) || DEBUG_PREFIXES.some((prefix) => name.startsWith(prefix)))) {
      return arg;
    }
  }
  return null;
}

/** Whether this run must end before it starts: a packaged build launched with a debugging switch. */
export function refuseDebugging(
  isPackaged: boolean,
  argv: readonly string[],
  platform: NodeJS.Platform,
): string | null {
  return isPackaged ? debugSwitch(argv, platform) : null;
}
