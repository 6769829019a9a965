/**
 * The content check on deliberately broken copies of a small valid library: each breakage must be reported
 * with the file, the line and what is wrong, and the build must refuse to write a store.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStore } from '../../src/main/content/build-store';
import { ContentError } from '../../src/main/content/errors';
import { checkLibrary } from '../../src/main/content/library';
import { copyFixtureLibrary, edit, FIXTURE_LIBRARY, lineOf } from './fixture';

function problemsOf(dir: string) {
  const { library, problems } = checkLibrary(dir);
  expect(library, 'a broken library must not be returned').toBeNull();
  return problems;
}

describe('the fixture library', () => {
  it('is valid as it is, so each test below breaks exactly one thing', () => {
    const { library, problems } = checkLibrary(FIXTURE_LIBRARY);
    expect(problems).toEqual([]);
    expect(library?.articles.map((a) => a.id).sort()).toEqual(['calf-stretch', 'eye-twitch', 'leg-cramp']);
  });
});

describe('content check failures name the file and line', () => {
  const cases: {
    name: string;
    file: string;
    from: string | RegExp;
    to: string;
    /** Text on the line the problem must point at. */
    at: string;
    message: RegExp;
  }[] = [
    {
      name: 'invalid YAML',
      file: 'leg-cramp.md',
      from: 'category: cramps',
      to: 'category: [cramps',
      // The YAML parser notices the unclosed bracket on the next line, and says so.
      at: 'related:',
      message: /YAML/,
    },
    {
      name: 'a missing required field',
      file: 'eye-twitch.md',
      from: /^title: .*\n/m,
      to: '',
      at: 'id: eye-twitch',
      message: /title/,
    },
    {
      name: 'an unknown category',
      file: 'leg-cramp.md',
      from: 'category: cramps',
      to: 'category: gossip',
      at: 'category: gossip',
      message: /category/,
    },
    {
      name: 'a summary that is too short',
      file: 'leg-cramp.md',
      from: /^summary: .*$/m,
      to: 'summary: Too short.',
      at: 'summary:',
      message: /summary: .*at least 60/,
    },
    {
      name: 'a source that is not https',
      file: 'calf-stretch.md',
      from: 'url: https://www.nhs.uk/conditions/leg-cramps/',
      to: 'url: http://www.nhs.uk/conditions/leg-cramps/',
      at: 'url: http://',
      message: /https/,
    },
    {
      name: 'no sources at all',
      file: 'eye-twitch.md',
      from: /sources:\n(?: {2}.*\n)+/,
      to: 'sources: []\n',
      at: 'sources: []',
      message: /at least one source/,
    },
    {
      name: 'a missing reviewed date',
      file: 'eye-twitch.md',
      from: /^reviewed: .*\n/m,
      to: '',
      at: 'id: eye-twitch',
      message: /reviewed/,
    },
    {
      name: 'a badly written reviewed date',
      file: 'eye-twitch.md',
      from: 'reviewed: 2026-11-25',
      to: 'reviewed: last week',
      at: 'reviewed: last week',
      message: /YYYY-MM-DD/,
    },
    {
      name: 'an id that does not match the file name',
      file: 'calf-stretch.md',
      from: 'id: calf-stretch',
      to: 'id: calf-stretches',
      at: 'id: calf-stretches',
      message: /match the file name/,
    },
    {
      name: 'a related id that does not exist',
      file: 'calf-stretch.md',
      from: 'related: [leg-cramp, eye-twitch]',
      to: 'related: [leg-cramp, nowhere]',
      at: 'related:',
      message: /related id "nowhere" does not exist/,
    },
    {
      name: 'an in-body link that does not resolve',
      file: 'leg-cramp.md',
      from: '(article:calf-stretch)',
      to: '(article:calf-stretchez)',
      at: 'article:calf-stretchez',
      message: /does not resolve/,
    },
    {
      name: 'a link to a website in the body',
      file: 'leg-cramp.md',
      from: '(article:calf-stretch)',
      to: '(https://example.com/cramps)',
      at: 'https://example.com/cramps',
      message: /must be article:<id>/,
    },
    {
      name: 'no "When to see a doctor" section',
      file: 'eye-twitch.md',
      from: '## When to see a doctor',
      to: '## Other advice',
      at: '## What it is',
      message: /When to see a doctor/,
    },
    {
      name: 'an unknown evidence label',
      file: 'eye-twitch.md',
      from: '[evidence: little]',
      to: '[evidence: strong]',
      at: '[evidence: strong]',
      message: /unknown evidence label "strong"/,
    },
    {
      name: 'rapid breathing offered as a remedy',
      file: 'leg-cramp.md',
      from: '- Take quinine',
      to: '- Breathe fast for a minute to stop the cramp. [evidence: little]\n- Take quinine',
      at: 'Breathe fast',
      message: /forbidden advice: rapid breathing/,
    },
    {
      name: 'advice to drink large volumes',
      file: 'leg-cramp.md',
      from: '- Take quinine',
      to: '- Drink litres of water every day to keep cramps away. [evidence: little]\n- Take quinine',
      at: 'Drink litres',
      message: /forbidden advice: do not tell readers to drink large volumes/,
    },
    {
      name: 'quinine labelled as helpful',
      file: 'leg-cramp.md',
      from: 'Take quinine tablets from the internet. [evidence: not-recommended]',
      to: 'Take quinine tablets from the internet. [evidence: mixed]',
      at: 'Take quinine',
      message: /quinine must be labelled/,
    },
    {
      name: 'prose above the reading grade',
      file: 'eye-twitch.md',
      from: /An eyelid twitch is[^\n]*\n[^\n]*\n[^\n]*\n/,
      to:
        'Involuntary myokymic contractions characteristically originate from spontaneous hyperexcitability ' +
        'of peripheral motor neuronal membranes, consequently manifesting intermittently, particularly ' +
        'following sustained psychological exhaustion, considerable caffeine consumption, or alternatively ' +
        'inadequate nocturnal restoration, notwithstanding their overwhelmingly benign prognostic implications.\n',
      at: '## What it is',
      message: /reading grade .* is above/,
    },
    {
      name: 'a checklist item pointing to a missing article',
      file: 'checklist.yaml',
      from: 'article: calf-stretch',
      to: 'article: calf-stretching',
      at: 'id: wall-stretch',
      message: /missing article "calf-stretching"/,
    },
    {
      name: 'a checklist section that is not one of the known ones',
      file: 'checklist.yaml',
      from: 'id: get-help',
      to: 'id: miracle-cures',
      at: 'id: miracle-cures',
      message: /sections\.1\.id/,
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const dir = copyFixtureLibrary();
      try {
        edit(dir, c.file, c.from, c.to);
        const problems = problemsOf(dir);
        const line = lineOf(dir, c.file, c.at);
        expect(problems).toContainEqual({ file: c.file, line, message: expect.stringMatching(c.message) });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('reports an id used by two files', () => {
    const dir = copyFixtureLibrary();
    // eye-twitch-2.md claims the id of eye-twitch.md; each file alone is otherwise valid.
    cpSync(join(dir, 'eye-twitch.md'), join(dir, 'eye-twitch-2.md'));
    const messages = problemsOf(dir).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toContain('eye-twitch-2.md:2: id "eye-twitch" must match the file name "eye-twitch-2.md"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a missing checklist and stray files', () => {
    const dir = copyFixtureLibrary();
    rmSync(join(dir, 'checklist.yaml'));
    writeFileSync(join(dir, 'notes.txt'), 'draft');
    const messages = problemsOf(dir).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain('checklist.yaml: the self-care checklist file is missing');
    expect(messages).toContainEqual(expect.stringMatching(/^notes\.txt: unexpected file/));
    rmSync(dir, { recursive: true, force: true });
  });

  it('collects problems from every file instead of stopping at the first', () => {
    const dir = copyFixtureLibrary();
    edit(dir, 'leg-cramp.md', 'category: cramps', 'category: gossip');
    edit(dir, 'eye-twitch.md', '[evidence: little]', '[evidence: strong]');
    const files = new Set(problemsOf(dir).map((p) => p.file));
    expect(files).toEqual(new Set(['leg-cramp.md', 'eye-twitch.md']));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the build never ships a half-read library', () => {
  it('throws a ContentError with every problem and writes no store', async () => {
    const dir = copyFixtureLibrary();
    const out = mkdtempSync(join(tmpdir(), 'spasm-guide-store-'));
    edit(dir, 'leg-cramp.md', '(article:calf-stretch)', '(article:nowhere)');
    const error = await buildStore(dir, out, '1.0.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/leg-cramp\.md:\d+: link to "article:nowhere" does not resolve/);
    expect(existsSync(join(out, 'content.json'))).toBe(false);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
});
