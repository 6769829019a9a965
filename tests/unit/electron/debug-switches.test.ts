/** The decision to refuse a packaged start with a debugging switch, read the way Chromium reads switches. */
import { describe, expect, it } from 'vitest';
import { debugSwitch, refuseDebugging } from '../../../src/main/electron/debug-switches';

describe('debugging switches', () => {
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '-remote-debugging-port=0',
    '--remote-debugging-address=0.0.0.0',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--inspect-port=9229',
    '--inspect-publish-uid=http',
    '--debug',
    '--debug-brk=5858',
  ])('finds %s', (arg) => {
    expect(debugSwitch(['--user-data-dir=/x', arg], 'linux')).toBe(arg);
  });

  it('reads Windows spellings: a slash prefix and any case', () => {
    expect(debugSwitch(['/remote-debugging-port=9222'], 'win32')).toBe('/remote-debugging-port=9222');
    expect(debugSwitch(['--Remote-Debugging-Pipe'], 'win32')).toBe('--Remote-Debugging-Pipe');
    expect(debugSwitch(['/INSPECT'], 'win32')).toBe('/INSPECT');
    // Elsewhere a slash starts a path, not a switch, and switch names are case-sensitive (as in Chromium).
    expect(debugSwitch(['/remote-debugging-port=9222'], 'linux')).toBeNull();
    expect(debugSwitch(['/inspect'], 'darwin')).toBeNull();
  });

  it('ignores ordinary arguments, look-alikes and anything after a bare --', () => {
    for (const argv of [
      [],
      ['.', '--user-data-dir=/tmp/x', '--lang=en'],
      ['--remote-debugging', '--debugger', '--no-inspect', 'inspect', '-', '--'],
      ['--', '--remote-debugging-port=9222', '--inspect'],
    ]) {
      expect(debugSwitch(argv, 'linux'), argv.join(' ')).toBeNull();
    }
  });

  it('refuses only packaged builds; a development run may be debugged', () => {
    const argv = ['--remote-debugging-port=9222'];
    expect(refuseDebugging(true, argv, 'linux')).toBe('--remote-debugging-port=9222');
    expect(refuseDebugging(false, argv, 'linux')).toBeNull();
    expect(refuseDebugging(true, ['--user-data-dir=/x'], 'linux')).toBeNull();
  });
});
