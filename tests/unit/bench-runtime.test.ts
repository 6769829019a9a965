/**
 * The bench's fresh-process probes can run on another Node-compatible runtime (`npm run bench -- --runtime PATH`):
 * the runtime is checked before any probe runs, and the tables name its Node and V8 versions.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeOf } from '../../scripts/bench/fresh-process';

describe('the runtime of the fresh-process probes', () => {
  it('is this Node by default, with its versions', () => {
    expect(runtimeOf()).toEqual({ executable: process.execPath, node: process.version, v8: process.versions.v8 });
  });

  it('says clearly when the path given is not there', () => {
    expect(() => runtimeOf(join(tmpdir(), 'no-such-runtime'))).toThrow(/did not run as a Node runtime: .*ENOENT/);
  });

  // A shell script stands in for a program that is not Node; Windows does not run one by its first line.
  it.skipIf(process.platform === 'win32')('says clearly when the program given is not a Node runtime', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spasm-runtime-'));
    const fake = join(dir, 'not-node');
    writeFileSync(fake, '#!/bin/sh\necho hello\n');
    chmodSync(fake, 0o755);
    expect(() => runtimeOf(fake)).toThrow(/not-node did not run as a Node runtime: hello/);
  });
});
