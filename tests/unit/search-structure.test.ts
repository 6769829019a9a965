/**
 * The search modules' layering: search stands below content (imports nothing from it), and its modules
 * import each other without a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '../../src/main/search');
const modules = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.slice(0, -3), readFileSync(resolve(DIR, f), 'utf8')]),
);
const importsOf = (source: string) => [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('search module structure', () => {
  it('imports nothing from the content layer', () => {
    const upward = [...modules].flatMap(([name, source]) =>
      importsOf(source)
        .filter((path) => path.includes('/content'))
        .map((path) => `${name} -> ${path}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between its modules', () => {
    const edges = new Map(
      [...modules].map(([name, source]) => [
        name,
        importsOf(source)
          .filter((p) => p.startsWith('./'))
          .map((p) => p.slice(2)),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (name: string, path: string[]) => {
      state.set(name, 'open');
      for (const next of edges.get(name) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path, next].join(' -> '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(name, 'done');
    };
    for (const name of edges.keys()) if (!state.has(name)) visit(name, [name]);
    expect(cycles).toEqual([]);
  });
});
