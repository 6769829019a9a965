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
import { copyFixtureLibrary, edit, FIXTURE_LIBRARY, lineOf, removeLibrary } from './fixture';

function problemsOf(dir: string) {
  const { library, problems } = checkLibrary(dir);
  expect(library, 'a broken library must not be returned').toBeNull();
  return problems;
}

describe('the fixture library', () => {
  it('is valid as it is, so each test below breaks exactly one thing', () => {
    const { library, problems, warnings } = checkLibrary(FIXTURE_LIBRARY, { today: '2027-01-01' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(library?.articles.map((a) => a.id).sort()).toEqual(['calf-stretch', 'eye-twitch', 'leg-cramp', 'red-flags']);
  });
});

const URGENCY = 'name a registry sign instead, the registry sets how urgent it is';
const NOT_A_SIGN =
  'a list in "When to see a doctor" may only name registry signs, one per item: [sign: id] (write context as a paragraph)';

describe('content check failures name the file and line', () => {
  const cases: {
    name: string;
    file: string;
    from: string | RegExp;
    to: string;
    /** Text on the line the problem must point at. */
    at: string;
    /** The exact message, or a pattern where a library's wording (YAML, zod) is not ours. */
    message: string | RegExp;
    /** The file the problem is reported in, when it is not the edited one. */
    reportedIn?: string;
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
      message: 'summary: must be at least 60 characters',
    },
    {
      name: 'a source that is not https',
      file: 'calf-stretch.md',
      from: 'url: https://www.nhs.uk/conditions/leg-cramps/',
      to: 'url: http://www.nhs.uk/conditions/leg-cramps/',
      at: 'url: http://',
      message: 'sources.0.url: must be an https URL',
    },
    {
      name: 'a source URL with a user name',
      file: 'calf-stretch.md',
      from: 'url: https://www.nhs.uk/conditions/leg-cramps/',
      to: 'url: https://www.nhs.uk@evil.example/conditions/leg-cramps/',
      at: 'url: https://www.nhs.uk@',
      message: 'sources.0.url: must not contain a user name, password or port',
    },
    {
      name: 'a source URL with a port',
      file: 'leg-cramp.md',
      from: 'url: https://www.nhs.uk/conditions/leg-cramps/',
      to: 'url: https://www.nhs.uk:8443/conditions/leg-cramps/',
      at: 'url: https://www.nhs.uk:8443',
      message: 'sources.0.url: must not contain a user name, password or port',
    },
    {
      name: 'a source listed twice (the reader keys the list by address)',
      file: 'calf-stretch.md',
      from: '    url: https://www.nhs.uk/conditions/leg-cramps/\n',
      to: '    url: https://www.nhs.uk/conditions/leg-cramps/\n  - publisher: NHS England\n    title: Leg cramps again\n    url: https://www.nhs.uk/conditions/leg-cramps/\n',
      at: 'publisher: NHS England',
      message: 'sources.1: repeats item 0 (https://www.nhs.uk/conditions/leg-cramps/)',
    },
    {
      name: 'a related article listed twice',
      file: 'calf-stretch.md',
      from: 'related: [leg-cramp, eye-twitch]',
      to: 'related: [leg-cramp, eye-twitch, leg-cramp]',
      at: 'related: [leg-cramp, eye-twitch, leg-cramp]',
      message: 'related.2: repeats item 0 (leg-cramp)',
    },
    {
      name: 'no sources at all',
      file: 'eye-twitch.md',
      from: /sources:\n(?: {2}.*\n)+/,
      to: 'sources: []\n',
      at: 'sources: []',
      message: 'sources: needs at least one source',
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
      message: 'reviewed: must be a date written YYYY-MM-DD',
    },
    {
      name: 'an id that does not match the file name',
      file: 'calf-stretch.md',
      from: 'id: calf-stretch',
      to: 'id: calf-stretches',
      at: 'id: calf-stretches',
      message: 'id "calf-stretches" must match the file name "calf-stretch.md"',
    },
    {
      name: 'a related id that does not exist',
      file: 'calf-stretch.md',
      from: 'related: [leg-cramp, eye-twitch]',
      to: 'related: [leg-cramp, nowhere]',
      at: 'related:',
      message: 'related id "nowhere" does not exist',
    },
    {
      name: 'an in-body link that does not resolve',
      file: 'leg-cramp.md',
      from: '(article:calf-stretch)',
      to: '(article:calf-stretchez)',
      at: 'article:calf-stretchez',
      message: 'link to "article:calf-stretchez" does not resolve',
    },
    {
      name: 'a link to a website in the body',
      file: 'leg-cramp.md',
      from: '(article:calf-stretch)',
      to: '(https://example.com/cramps)',
      at: 'https://example.com/cramps',
      message:
        'link "https://example.com/cramps" must be article:<id>; web sources belong in the front matter\'s sources',
    },
    {
      name: 'no "When to see a doctor" section',
      file: 'eye-twitch.md',
      from: /## When to see a doctor[\s\S]*$/,
      to: '## Other advice\n\nMost twitches stop by themselves.\n',
      at: '## What it is',
      message: 'needs a "## When to see a doctor" section',
    },
    {
      name: 'an unknown evidence label (the old "little" is gone)',
      file: 'eye-twitch.md',
      from: '[evidence: untested]',
      to: '[evidence: little]',
      at: '[evidence: little]',
      message: 'unknown evidence label "little" (use good, mixed, untested, no-benefit, not-recommended)',
    },
    {
      name: 'rapid breathing offered as a remedy',
      file: 'leg-cramp.md',
      from: '### Avoid',
      to: '- Breathe fast for a minute to stop the cramp. [evidence: untested]\n\n### Avoid',
      at: 'Breathe fast',
      message:
        'forbidden advice: rapid breathing must never be offered as a remedy ("Breathe fast for a minute to stop the cramp.")',
    },
    {
      name: 'advice to drink large volumes',
      file: 'leg-cramp.md',
      from: '### Avoid',
      to: '- Drink litres of water every day to keep cramps away. [evidence: untested]\n\n### Avoid',
      at: 'Drink litres',
      message:
        'forbidden advice: do not tell readers to drink large volumes ("Drink litres of water every day to keep cramps away.")',
    },
    {
      name: 'quinine labelled as helpful',
      file: 'leg-cramp.md',
      from: "Don't take quinine tablets from the internet. [evidence: not-recommended]",
      to: "Don't take quinine tablets from the internet. [evidence: no-benefit]",
      at: 'take quinine',
      message: 'quinine must be labelled [evidence: not-recommended]',
    },
    {
      name: 'prose above the reading grade',
      file: 'eye-twitch.md',
      from: /An eyelid twitch is[^\n]*\n[^\n]*\n/,
      to:
        'Involuntary myokymic contractions characteristically originate from spontaneous hyperexcitability ' +
        'of peripheral motor neuronal membranes, consequently manifesting intermittently, particularly ' +
        'following sustained psychological exhaustion, considerable caffeine consumption, or alternatively ' +
        'inadequate nocturnal restoration, notwithstanding their overwhelmingly benign prognostic implications.\n',
      at: '## What it is',
      message: /^reading grade .* is above 9: use shorter sentences and everyday words$/,
    },

    // Warning signs: named, never restated or re-graded by hand.
    {
      name: 'a list item in the doctor section that is not a sign',
      file: 'leg-cramp.md',
      from: '- [sign: cramps-waking-most-nights]',
      to: '- [sign: cramps-waking-most-nights]\n- Cramps that keep coming back.',
      at: 'Cramps that keep coming back',
      message: NOT_A_SIGN,
    },
    {
      name: 'a sign id that is not in the registry',
      file: 'leg-cramp.md',
      from: '- [sign: leg-clot-signs]',
      to: '- [sign: leg-clots]',
      at: '[sign: leg-clots]',
      message: 'unknown warning sign "leg-clots" (not in warning-signs.yaml)',
    },
    {
      name: 'a sign named outside the doctor section',
      file: 'leg-cramp.md',
      from: 'The muscle may feel sore for a day after it.',
      to: 'The muscle may feel sore for a day after it.\n\n- [sign: leg-clot-signs]',
      at: '- [sign: leg-clot-signs]',
      message: 'a warning sign is named only as a list item of its own in "When to see a doctor": - [sign: id]',
    },
    {
      name: 'an emergency number written by hand',
      file: 'eye-twitch.md',
      from: 'It nearly always stops on its own',
      to: 'Call 999 if your face droops. It nearly always stops on its own',
      at: 'Call 999',
      message: `states urgency by hand ("999"): ${URGENCY}`,
    },
    {
      name: 'urgency words in the doctor section',
      file: 'leg-cramp.md',
      from: 'Most cramps are harmless and go away by themselves.',
      to: 'Most cramps are harmless. Go to A&E if the leg turns cold.',
      at: 'Go to A&E',
      message: `states urgency by hand ("A&E"): ${URGENCY}`,
    },
    {
      name: '"straight away" in the body',
      file: 'calf-stretch.md',
      from: 'Stop the stretch if it causes sharp pain.',
      to: 'Stop the stretch straight away if it causes sharp pain.',
      at: 'Stop the stretch straight away',
      message: `states urgency by hand ("straight away"): ${URGENCY}`,
    },
    {
      name: 'urgency words in a Right now step',
      file: 'leg-cramp.md',
      from: '- Pull your toes up toward your knee and hold.',
      to: '- Call an ambulance if the pain does not stop.',
      at: 'Call an ambulance',
      message: `states urgency by hand ("ambulance"): ${URGENCY}`,
    },
    {
      name: 'a doctor-section sentence that restates a registered sign',
      file: 'leg-cramp.md',
      from: 'Most cramps are harmless and go away by themselves.',
      to: 'Most cramps are harmless. See a doctor if one leg is swollen, warm and red with a throbbing pain that does not ease.',
      at: 'See a doctor if one leg',
      message:
        'restates the registered sign "leg-clot-signs" (78% of its words): list it as [sign: leg-clot-signs] instead',
    },
    {
      name: 'a registered sign no article uses (the warning-signs page does not count)',
      file: 'leg-cramp.md',
      from: '- [sign: cramps-waking-most-nights]\n',
      to: '',
      reportedIn: 'warning-signs.yaml',
      at: 'id: cramps-waking-most-nights',
      message:
        'sign "cramps-waking-most-nights" is used by no article (name it in a "When to see a doctor" list or a rightNow)',
    },

    // Right now.
    {
      name: 'a symptom article with no Right now block',
      file: 'eye-twitch.md',
      from: /rightNow:\n(?: {2}.*\n)+/,
      to: '',
      at: 'category: twitches-and-jerks',
      message: 'a twitches-and-jerks article needs a rightNow block (1 to 3 steps and an emergency sign)',
    },
    {
      name: 'a Right now block with too many steps',
      file: 'leg-cramp.md',
      from: '    - Pull your toes up toward your knee and hold.\n',
      to: '    - Pull your toes up toward your knee and hold.\n    - Walk about a little.\n    - Rub the muscle.\n',
      at: '- Stand up and press',
      message: 'rightNow.steps: has at most 3 steps',
    },
    {
      name: 'a Right now emergency sign that is not emergency level',
      file: 'leg-cramp.md',
      from: 'emergency: clot-with-breathlessness',
      to: 'emergency: leg-clot-signs',
      at: 'emergency: leg-clot-signs',
      message: 'rightNow.emergency "leg-clot-signs" is a "today" sign; it must be an emergency sign',
    },
    {
      name: 'a Right now step that does not start with a verb',
      file: 'eye-twitch.md',
      from: "- Rest your eyes and get a good night's sleep.",
      to: "- Resting your eyes and a good night's sleep help.",
      at: '- Resting your eyes',
      message: 'a Right now step must start with a verb: it starts with "Resting": start with the verb itself',
    },

    // Try and Avoid.
    {
      name: 'a Try item that starts with an -ing word',
      file: 'leg-cramp.md',
      from: '- Stretch the calf by pulling',
      to: '- Stretching the calf by pulling',
      at: '- Stretching the calf',
      message: 'a Try item must start with a verb: it starts with "Stretching": start with the verb itself',
    },
    {
      name: 'a Try item that is a negation',
      file: 'eye-twitch.md',
      from: '- Get more sleep and cut down on coffee and tea.',
      to: "- Don't skip sleep, and cut down on coffee and tea.",
      at: "- Don't skip sleep",
      message: 'a Try item must start with a verb: it is a negation ("Don\'t"): move it under "### Avoid"',
    },
    {
      name: 'a Try item that starts with a pronoun',
      file: 'eye-twitch.md',
      from: '- Get more sleep and cut down on coffee and tea.',
      to: '- You can sleep more and cut down on coffee and tea.',
      at: '- You can sleep more',
      message: 'a Try item must start with a verb: it starts with "You", not a verb',
    },
    {
      name: 'an Avoid item that does not start with a "don\'t" word',
      file: 'eye-twitch.md',
      from: "- Don't rely on magnesium tablets",
      to: '- Magnesium tablets are not worth it',
      at: '- Magnesium tablets',
      message: 'an Avoid item must start with "Don\'t", "Do not", "Avoid", "Never" or "Stop"',
    },
    {
      name: 'a "no benefit" label outside Avoid',
      file: 'eye-twitch.md',
      from: 'cut down on coffee and tea. [evidence: untested]',
      to: 'cut down on coffee and tea. [evidence: no-benefit]',
      at: 'cut down on coffee and tea',
      message: '[evidence: no-benefit] belongs only on an item under "### Avoid"',
    },
    {
      name: 'advice listed outside Try and Avoid',
      file: 'leg-cramp.md',
      from: '### Try\n\n',
      to: '',
      at: '- Stretch the calf by pulling',
      message: 'advice in "What you can do" goes in a list under "### Try" or "### Avoid"',
    },
    {
      name: '"What you can do" with no Try list',
      file: 'leg-cramp.md',
      from: '### Try\n\n',
      to: '',
      at: '## What you can do',
      message: '"What you can do" needs a "### Try" list',
    },
    {
      name: 'another subheading in "What you can do"',
      file: 'leg-cramp.md',
      from: '### Avoid',
      to: '### Beware',
      at: '### Beware',
      message: '"### Beware" in "What you can do": use only "### Try" and "### Avoid"',
    },
    {
      name: 'a Try heading outside "What you can do"',
      file: 'eye-twitch.md',
      from: 'after a lot of coffee.',
      to: 'after a lot of coffee.\n\n### Avoid\n\nToo much coffee.',
      at: '### Avoid',
      message: '"### Avoid" belongs under "## What you can do"',
    },

    // Figures.
    {
      name: 'a figure that does not exist',
      file: 'calf-stretch.md',
      from: '(figure:wall-calf-stretch)',
      to: '(figure:wall-calf-stretches)',
      at: '(figure:wall-calf-stretches)',
      message: 'figure "wall-calf-stretches" does not exist (no figures/wall-calf-stretches.svg)',
    },
    {
      name: 'a figure with too short an alt text',
      file: 'calf-stretch.md',
      from: /!\[[^\]]*\]\(figure:wall-calf-stretch\)/,
      to: '![Calf stretch](figure:wall-calf-stretch)',
      at: '![Calf stretch]',
      message:
        'figure "wall-calf-stretch" needs alt text of at least 30 characters (say the position and the direction of the stretch)',
    },
    {
      name: 'a figure inside a sentence',
      file: 'leg-cramp.md',
      from: 'Read more in [the calf stretch](article:calf-stretch).',
      to: 'See ![Standing at a wall and leaning in to stretch the calf](figure:wall-calf-stretch) for the stretch.',
      at: 'See ![Standing',
      message: 'a figure must stand on a line of its own: ![alt text](figure:<id>)',
    },
    {
      name: 'an image that is not a figure',
      file: 'calf-stretch.md',
      from: '(figure:wall-calf-stretch)',
      to: '(https://example.com/stretch.png)',
      at: '(https://example.com/stretch.png)',
      message: 'image "https://example.com/stretch.png" must be a figure: ![alt text](figure:<id>)',
    },

    // The registry.
    {
      name: 'a sign id used twice in the registry',
      file: 'warning-signs.yaml',
      from: '  - id: twitch-lasting-weeks',
      to: '  - id:   leg-clot-signs',
      at: 'id:   leg-clot-signs',
      message: 'sign id "leg-clot-signs" is used twice',
    },
    {
      name: 'an unknown urgency in the registry',
      file: 'warning-signs.yaml',
      from: 'urgency: soon',
      to: 'urgency: whenever',
      at: 'urgency: whenever',
      message: /^signs\.3\.urgency: /,
    },
    {
      name: 'an unknown handout in the registry',
      file: 'warning-signs.yaml',
      from: 'handouts: [twitches]\n    sources:\n      - publisher: NHS\n        title: Eye',
      to: 'handouts: [eyes]\n    sources:\n      - publisher: NHS\n        title: Eye',
      at: 'handouts: [eyes]',
      message: /^signs\.4\.handouts\.0: /,
    },
    {
      name: 'a registry contact that is too short to say whom to call',
      file: 'warning-signs.yaml',
      from: 'contact: Call your anticoagulation clinic today if you already take a blood thinner.',
      to: 'contact: Call.',
      at: 'contact: Call.',
      message: /^signs\.2\.contact: /,
    },
    {
      name: 'a registry contact that is not text',
      file: 'warning-signs.yaml',
      from: 'contact: Call your anticoagulation clinic today if you already take a blood thinner.',
      to: 'contact: [maternity unit]',
      at: 'contact: [maternity unit]',
      message: /^signs\.2\.contact: /,
    },
    {
      name: 'a registry source that is not https',
      file: 'warning-signs.yaml',
      from: 'url: https://www.nhs.uk/conditions/stroke/',
      to: 'url: http://www.nhs.uk/conditions/stroke/',
      at: 'url: http://www.nhs.uk/conditions/stroke/',
      message: 'signs.1.sources.0.url: must be an https URL',
    },
    {
      name: 'a registry sign with no sources',
      file: 'warning-signs.yaml',
      from: / {4}sources:\n {6}- publisher: NHS\n {8}title: Leg cramps\n {8}url: \S+\n/,
      to: '    sources: []\n',
      at: 'sources: []',
      message: 'signs.3.sources: needs at least one source',
    },

    // The checklist.
    {
      name: 'a checklist item pointing to a missing article',
      file: 'checklist.yaml',
      from: 'article: calf-stretch',
      to: 'article: calf-stretching',
      at: 'id: wall-stretch',
      message: 'item "wall-stretch" links to missing article "calf-stretching"',
    },
    {
      name: 'a checklist item naming a missing figure',
      file: 'checklist.yaml',
      from: 'figure: wall-calf-stretch',
      to: 'figure: towel-stretch',
      at: 'id: wall-stretch',
      message: 'item "wall-stretch" names missing figure "towel-stretch"',
    },
    {
      name: 'a checklist section with an unknown topic',
      file: 'checklist.yaml',
      from: 'topic: twitches',
      to: 'topic: eyes',
      at: 'topic: eyes',
      message: /^sections\.1\.topic: /,
    },
    {
      name: 'a checklist section id used twice',
      file: 'checklist.yaml',
      from: 'id: rest-and-sleep',
      to: 'id: stretching',
      at: 'id: stretching',
      message: 'section id "stretching" is used twice',
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const dir = copyFixtureLibrary();
      try {
        edit(dir, c.file, c.from, c.to);
        const problems = problemsOf(dir);
        const file = c.reportedIn ?? c.file;
        const line = lineOf(dir, file, c.at);
        const message = typeof c.message === 'string' ? c.message : expect.stringMatching(c.message);
        expect(problems).toContainEqual({ file, line, message });
      } finally {
        removeLibrary(dir);
      }
    });
  }

  it('reports an id used by two files', () => {
    const dir = copyFixtureLibrary();
    // eye-twitch-2.md claims the id of eye-twitch.md; each file alone is otherwise valid.
    cpSync(join(dir, 'eye-twitch.md'), join(dir, 'eye-twitch-2.md'));
    const messages = problemsOf(dir).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toContain('eye-twitch-2.md:2: id "eye-twitch" must match the file name "eye-twitch-2.md"');
    removeLibrary(dir);
  });

  it('reports a drawing no article or checklist item uses', () => {
    const dir = copyFixtureLibrary();
    writeFileSync(join(dir, '../figures/spare.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(problemsOf(dir)).toContainEqual({
      file: 'figures/spare.svg',
      line: 1,
      message: 'figure is used by no article or checklist item',
    });
    removeLibrary(dir);
  });

  it('reports a missing warning-sign registry', () => {
    const dir = copyFixtureLibrary();
    rmSync(join(dir, 'warning-signs.yaml'));
    expect(problemsOf(dir)).toContainEqual({
      file: 'warning-signs.yaml',
      line: 0,
      message: 'the warning-sign registry file is missing',
    });
    removeLibrary(dir);
  });

  it('warns, without failing, when a review is overdue', () => {
    const { library, problems, warnings } = checkLibrary(FIXTURE_LIBRARY, { today: '2027-11-26' });
    expect(problems).toEqual([]);
    expect(library).not.toBeNull();
    expect(warnings).toContainEqual({
      file: 'leg-cramp.md',
      line: lineOf(FIXTURE_LIBRARY, 'leg-cramp.md', 'reviewed:'),
      message: 'review overdue: reviewed 2026-11-25, next review was due 2027-11-25',
    });
    expect(checkLibrary(FIXTURE_LIBRARY, { today: '2027-11-25' }).warnings).toEqual([]);
  });

  it('reports a missing checklist and stray files', () => {
    const dir = copyFixtureLibrary();
    rmSync(join(dir, 'checklist.yaml'));
    writeFileSync(join(dir, 'notes.txt'), 'draft');
    const messages = problemsOf(dir).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain('checklist.yaml: the self-care checklist file is missing');
    expect(messages).toContainEqual(expect.stringMatching(/^notes\.txt: unexpected file/));
    removeLibrary(dir);
  });

  it('collects problems from every file instead of stopping at the first', () => {
    const dir = copyFixtureLibrary();
    edit(dir, 'leg-cramp.md', 'category: cramps', 'category: gossip');
    edit(dir, 'eye-twitch.md', '[evidence: untested]', '[evidence: strong]');
    const files = new Set(problemsOf(dir).map((p) => p.file));
    expect(files).toEqual(new Set(['leg-cramp.md', 'eye-twitch.md']));
    removeLibrary(dir);
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
    removeLibrary(dir);
    rmSync(out, { recursive: true, force: true });
  });
});
