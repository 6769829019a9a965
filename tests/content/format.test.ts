/** The pieces of the content format that are easiest to get subtly wrong, tested on their own. */
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/main/content/figures';
import { checkLibrary } from '../../src/main/content/library';
import { restatedShare, RESTATE_SHARE } from '../../src/main/content/restates';
import { nextReviewOf } from '../../src/main/content/review';
import { notAnInstruction } from '../../src/main/content/rules';
import { urgencyPhrase } from '../../src/main/content/urgency-words';
import { FIXTURE_LIBRARY } from './fixture';

describe('figure sanitizing', () => {
  const hostile =
    '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">' +
    '<script>alert(2)</script><style>path{fill:url(https://example.com/x)}</style>' +
    '<foreignObject><div onclick="alert(3)">hi</div></foreignObject>' +
    '<a href="https://example.com"><path d="M0 0"/></a>' +
    '<image href="https://example.com/x.png"/><use href="https://example.com/s.svg#a"/>' +
    '<path d="M1 1" stroke="currentColor" onmouseover="alert(4)" style="fill:red" fill="url(https://x.test/a)"/>' +
    '<path d="M2 2" marker-end="url(#arrow)"/><text x="1">A &lt;b&gt;</text></svg>';

  it('keeps the drawing and currentColor, and drops scripts, handlers, styles, links and foreign content', () => {
    const svg = sanitizeSvg(hostile, 'figure-test');
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M1 1" stroke="currentColor"></path>' +
        '<path d="M2 2" marker-end="url(#figure-test-arrow)"></path><text x="1">A &lt;b&gt;</text></svg>',
    );
    expect(svg).not.toMatch(/script|onload|onclick|onmouseover|style|foreignObject|example\.com|href/i);
  });
});

describe('urgency words', () => {
  it.each([
    ['Call 999 if your chest hurts.', '999'],
    ['Dial 911.', '911'],
    ['Go to A&E.', 'A&E'],
    ['Go to the ER now.', 'ER'],
    ['Phone for an ambulance.', 'ambulance'],
    ['Use the emergency number.', 'emergency number'],
    ['Get a same-day appointment.', 'same-day'],
    ['Stop straight away.', 'straight away'],
    ['See someone right away.', 'right away'],
    ['This is urgent.', 'urgent'],
    ['Get help immediately.', 'immediately'],
  ])('finds the phrase in "%s"', (text, phrase) => expect(urgencyPhrase(text)).toBe(phrase));

  it.each(['Most cramps are harmless.', 'Stretch for 30 seconds, 3 times.', 'Every emergency is different.'])(
    'finds none in "%s"',
    (text) => expect(urgencyPhrase(text)).toBeNull(),
  );
});

describe('restating a sign', () => {
  const sign = 'One leg is swollen, warm, red or darker, with a throbbing or cramping pain that does not ease.';
  it('counts a sentence that uses most of the sign words, in any form', () => {
    const share = restatedShare(
      'If a leg swells and is warm and red, with throbbing pain that will not ease, go.',
      sign,
    );
    expect(share).toBeGreaterThanOrEqual(RESTATE_SHARE);
  });
  it('lets ordinary context through', () => {
    expect(restatedShare('Most cramps are harmless, but a few leg problems need a doctor.', sign)).toBeLessThan(
      RESTATE_SHARE,
    );
  });
  it('skips signs too short to judge', () => {
    expect(restatedShare('Dark urine.', 'Dark urine')).toBe(0);
  });
});

describe('review dates', () => {
  it('adds twelve months, and 29 February falls back to the 28th', () => {
    expect(nextReviewOf('2026-11-25')).toBe('2027-11-25');
    expect(nextReviewOf('2028-02-29')).toBe('2029-02-28');
    expect(nextReviewOf('2026-01-31')).toBe('2027-01-31');
  });
});

describe('instructions start with a verb', () => {
  it.each(['Stand up.', 'Bring a bottle of water.', 'Stop and rest.', 'Do calf stretches.', 'Gently rub it.'])(
    'accepts "%s"',
    (text) => expect(notAnInstruction(text)).toBeNull(),
  );
  it.each(['Taking a warm bath helps.', "Don't run.", 'Do not run.', 'Your calf may hurt.', 'If it hurts, rest.'])(
    'rejects "%s"',
    (text) => expect(notAnInstruction(text)).not.toBeNull(),
  );
});

describe('what search indexes for an article', () => {
  const { library } = checkLibrary(FIXTURE_LIBRARY, { today: '2027-01-01' });
  const text = (id: string) => (library?.texts[id] ?? []).map((t) => t.text).join('\n');

  it('includes the Right now steps and sign, and the registry wording of each named sign', () => {
    expect(text('leg-cramp')).toContain('Stand up and press the foot flat on the floor.');
    expect(text('leg-cramp')).toContain('You are short of breath or have chest pain');
    const doctor = library?.texts['leg-cramp'].find((t) => t.id === 'when-to-see-a-doctor')?.text ?? '';
    expect(doctor).toContain('One leg is swollen, warm, red or darker');
    expect(doctor).not.toContain('[sign:');
  });

  it('has a section per ### heading a reader sees, named by it, but none for the Try and Avoid labels', () => {
    const sections = library?.texts['leg-cramp'] ?? [];
    const knot = sections.find((t) => t.id === 'a-knot-in-the-muscle');
    expect(knot?.title).toBe('A knot in the muscle');
    expect(knot?.text.startsWith('A cramp is a muscle')).toBe(true);
    expect(sections.find((t) => t.id === 'what-you-can-do')?.text).toContain('take quinine tablets');
    expect(sections.map((t) => t.title)).not.toContain('Try');
    expect(sections.map((t) => t.title)).not.toContain('Avoid');
  });

  it('includes every sign on the warning-signs page and figure captions', () => {
    for (const sign of library?.signs ?? []) expect(text('red-flags')).toContain(sign.text);
    expect(text('calf-stretch')).toContain('leaning in to stretch the calf');
  });
});

describe("a sign's contact (who to call, and how fast)", () => {
  const { library, problems } = checkLibrary(FIXTURE_LIBRARY, { today: '2027-01-01' });
  const contact = 'Call your anticoagulation clinic today if you already take a blood thinner.';

  it('is read from the registry, and is null where a sign has none', () => {
    expect(problems).toEqual([]);
    const signs = new Map(library?.signs.map((s) => [s.id, s]));
    expect(signs.get('leg-clot-signs')?.contact).toBe(contact);
    expect(signs.get('cramps-waking-most-nights')?.contact).toBeNull();
  });

  it('is shown in bold after the sign in the article boxes and on the warning-signs page', () => {
    const bold = `<strong class="sign-contact">${contact}</strong></li>`;
    for (const id of ['leg-cramp', 'red-flags']) {
      const html = library?.articles.find((a) => a.id === id)?.html ?? '';
      const item = html.match(/<li data-sign="leg-clot-signs">[^\n]*/)?.[0] ?? '';
      expect(item, id).toContain('One leg is swollen');
      expect(item, id).toContain(bold);
      expect(item.indexOf('One leg is swollen'), id).toBeLessThan(item.indexOf('sign-contact'));
    }
    expect(library?.articles.find((a) => a.id === 'red-flags')?.html).not.toMatch(
      /data-sign="cramps-waking-most-nights">[^\n]*sign-contact/,
    );
  });

  it('reaches the checklist help lists and search', () => {
    const cramps = library?.checklist.getHelp.find((l) => l.topic === 'cramps');
    expect(cramps?.signs.find((s) => s.id === 'leg-clot-signs')?.contact).toBe(contact);
    const doctor = library?.texts['leg-cramp'].find((t) => t.id === 'when-to-see-a-doctor')?.text ?? '';
    expect(doctor).toContain(contact);
  });
});
