/** The real library: valid, complete against the coverage list, safe, and plain enough to read. */
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/main/content/library';
import { parseArticle } from '../../src/main/content/parse-article';
import { MAX_READING_GRADE, readingGrade } from '../../src/main/content/rules';
import { RIGHT_NOW_CATEGORIES } from '../../src/main/content/schema';
import { URGENCIES } from '../../src/shared/types';
import { MORE_THAN_ONE_BOX } from '../../src/shared/urgency';
import { signBoxesHtml } from '../../src/main/content/warning-signs';
import { MAX_SECTIONS } from '../../src/main/search/bm25f';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_DIR = join(import.meta.dirname, '../../resources/content');
const { library, problems } = checkLibrary(CONTENT_DIR);

/** The topics a reader must find an article for, each with the article that answers it. */
const COVERAGE: Record<string, string> = {
  'what causes muscle cramps and spasms': 'what-causes-muscle-cramps',
  'the common causes in a short list': 'common-causes-of-cramps',
  'night leg cramps': 'night-leg-cramps',
  'exercise-associated cramps': 'exercise-associated-cramps',
  'cramps in pregnancy': 'cramps-in-pregnancy',
  'medicines that can cause cramps': 'medicines-that-cause-cramps',
  'muscle twitching and its usual triggers': 'muscle-twitching',
  'eyelid twitching': 'eyelid-twitching',
  'when twitching is worrying': 'when-twitching-is-worrying',
  'pulled muscles, causes and healing time': 'pulled-muscles',
  'how to stop a cramp while it happens': 'stopping-a-cramp',
  'stretches (calf, hamstring, quadriceps, foot)': 'stretches-for-cramps',
  'heat versus ice': 'heat-or-ice',
  'hydration and electrolytes': 'hydration-and-electrolytes',
  massage: 'massage',
  'over-the-counter pain relief and creams': 'pain-relief-and-creams',
  'magnesium and other supplements': 'magnesium-and-supplements',
  'vitamins for leg cramps': 'vitamins-for-leg-cramps',
  'vitamin D and cramps': 'vitamin-d-and-cramps',
  'sudden body jolts (myoclonus)': 'myoclonus',
  'sleep starts (hypnic jerks)': 'hypnic-jerks',
  'toe and foot cramps': 'toe-and-foot-cramps',
  'low calcium and tetany': 'low-calcium-and-tetany',
  'hyperventilation and tingling spasms': 'hyperventilation-and-spasms',
  'lower back spasms and disc problems': 'lower-back-spasms',
  'neck spasms and stiff neck': 'neck-spasms',
  'hemifacial spasm': 'hemifacial-spasm',
  'vasospasm and how it differs from epilepsy': 'vasospasm',
  'spasticity and dystonia versus cramps': 'spasticity-and-dystonia',
  'restless legs versus cramps': 'restless-legs-vs-cramps',
  'narrowed leg arteries': 'narrowed-leg-arteries',
  'quinine and why it is not advised': 'quinine',
  'red flags and when to see a doctor': 'red-flags',
  'a glossary of terms': 'glossary',
  'stomach, bowel and period cramps (out of scope)': 'stomach-and-period-cramps',
  'belly cramping in pregnancy': 'belly-cramps-in-pregnancy',
  "children's night cramps and growing pains": 'childrens-leg-cramps-and-growing-pains',
  'statins and muscle symptoms': 'statins-and-muscle-pain',
  'dark urine and muscle breakdown': 'muscle-breakdown-and-dark-urine',
  'compartment syndrome': 'compartment-syndrome',
  'heat and dehydration in older adults': 'heat-and-dehydration-in-older-adults',
  'diabetes and cramps': 'diabetes-and-cramps',
  'cramps on dialysis': 'cramps-on-dialysis',
  'cirrhosis and cramps': 'cirrhosis-and-cramps',
  "tics, Tourette's and blepharospasm": 'tics-tourettes-and-blepharospasm',
  'baby jerks and infantile spasms': 'baby-jerks-and-infantile-spasms',
  tetanus: 'tetanus',
  'cramps during cancer treatment': 'cramps-during-cancer-treatment',
  'stiff-person syndrome': 'stiff-person-syndrome',
  'cramps at work': 'cramps-at-work',
};

describe('the bundled library', () => {
  it('passes the content check with no problems', () => {
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(library).not.toBeNull();
  });

  it('has no article with more search sections (## and ### parts) than search records for a snippet', () => {
    for (const [id, texts] of Object.entries(library!.texts))
      expect(texts.length, id).toBeLessThanOrEqual(MAX_SECTIONS);
  });

  it('ends the search text of each section listing registry signs with those signs, marking where they begin', () => {
    const signText = new Map(library!.signs.map((s) => [s.id, s.text]));
    let listing = 0;
    for (const article of library!.articles) {
      const shown = [...article.html.matchAll(/data-sign="([^"]+)"/g)].map((m) => m[1]!);
      const tails = library!.texts[article.id]!.flatMap((t) =>
        t.signsFrom === undefined ? [] : [t.text.slice(t.signsFrom)],
      );
      // Every sign the page shows is in a tail, and the own words before each tail name none of them.
      for (const id of shown)
        expect(tails.join('\n'), `${article.id}: ${id}`).toContain(signText.get(id)!.slice(0, 40));
      // (The Right now block's emergency sign is the page's own words, read with its opening.)
      for (const t of library!.texts[article.id]!) {
        const own = t.text.slice(0, t.signsFrom);
        for (const id of shown)
          if (id !== article.rightNow?.emergency.id)
            expect(own, `${article.id}: ${id}`).not.toContain(signText.get(id)!);
      }
      if (tails.length > 0) listing++;
    }
    expect(listing).toBe(library!.articles.length - 1);
  });

  it('has at least 61 articles and one for every topic on the coverage list', () => {
    const ids = new Set(library?.articles.map((a) => a.id));
    expect(ids.size).toBeGreaterThanOrEqual(61);
    const missing = Object.entries(COVERAGE).filter(([, id]) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('reads at about grade 8, and prints the grades', () => {
    const grades = library!.articles.map((a) => {
      const texts = library!.texts[a.id].map((t) => t.text).join('\n');
      return { id: a.id, grade: readingGrade(texts) };
    });
    const mean = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    const worst = grades.reduce((a, b) => (b.grade > a.grade ? b : a));
    console.log(
      `reading grade (Flesch-Kincaid): mean ${mean.toFixed(1)}, highest ${worst.grade.toFixed(1)} (${worst.id})`,
    );
    expect(mean).toBeLessThanOrEqual(8);
    expect(worst.grade).toBeLessThanOrEqual(MAX_READING_GRADE);
  });

  it('labels quinine "not recommended" and never gives it another label', () => {
    const quinine = parseArticle('quinine.md', readFileSync(join(CONTENT_DIR, 'quinine.md'), 'utf8'));
    expect(quinine.ok).toBe(true);
    if (!quinine.ok) return;
    const labels = quinine.article.body.evidence.filter((e) => /quinine|tonic/i.test(e.text)).map((e) => e.level);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['not-recommended']));
    expect(quinine.article.body.texts.map((t) => t.text).join(' ')).toMatch(/FDA|Food and Drug Administration/);
  });

  it('has a checklist whose every section has a topic and an explaining article, and generated help lists', () => {
    const checklist = library!.checklist;
    const ids = new Set(library!.articles.map((a) => a.id));
    for (const item of checklist.sections.flatMap((s) => s.items)) expect(ids).toContain(item.article);
    const topics = new Set(checklist.sections.map((s) => s.topic));
    expect(topics).toEqual(new Set(['cramps', 'twitches', 'strains']));
    expect(checklist.getHelp.map((l) => l.topic).sort()).toEqual([...topics].sort());
    for (const list of checklist.getHelp) {
      // Each printed list starts with the signs that mean calling an ambulance, then the less urgent ones.
      expect(list.signs[0]?.urgency, list.topic).toBe('emergency');
      const order = list.signs.map((s) => URGENCIES.indexOf(s.urgency));
      expect(order, list.topic).toEqual([...order].sort((a, b) => a - b));
    }
    expect(checklist.diary.columns).toEqual(
      expect.arrayContaining(['Date and time', 'Muscle', 'How long', 'What you were doing', 'What helped']),
    );
  });

  it('lists every registered sign on the warning-signs page, every emergency sign included', () => {
    const hub = library!.articles.find((a) => a.id === 'red-flags');
    expect(hub?.html).toContain('urgency-emergency');
    const emergency = library!.signs.filter((s) => s.urgency === 'emergency');
    expect(emergency.length).toBeGreaterThan(0);
    for (const sign of library!.signs) expect(hub?.html, sign.id).toContain(`data-sign="${sign.id}"`);
  });

  it('opens every symptom article with a Right now block whose sign means an ambulance', () => {
    for (const article of library!.articles) {
      if (!RIGHT_NOW_CATEGORIES.includes(article.category)) continue;
      expect(article.rightNow, article.id).not.toBeNull();
      expect(article.rightNow!.steps.length, article.id).toBeLessThanOrEqual(3);
      expect(article.rightNow!.emergency.urgency, article.id).toBe('emergency');
    }
  });

  it('says above two or more urgency boxes to do what the most serious box matched says, and not above one box alone', () => {
    for (const article of library!.articles) {
      const boxes = article.html.split('class="urgency urgency-').length - 1;
      const said = article.html.split(MORE_THAN_ONE_BOX).length - 1;
      // The warning-signs page says it once, in its text on how to use the page, not above its boxes.
      expect(said, article.id).toBe(boxes > 1 || article.id === 'red-flags' ? 1 : 0);
    }
    const sign = library!.signs.find((s) => s.urgency === 'soon')!;
    expect(signBoxesHtml([sign], (u) => u)).not.toContain(MORE_THAN_ONE_BOX);
  });

  it('renders a distinct "when to see a doctor" callout with registry signs in every article', () => {
    for (const article of library!.articles) {
      expect(article.html, article.id).toMatch(
        /<section aria-labelledby="when-to-see-a-doctor[^"]*" class="see-doctor">/,
      );
      // A reference page that names no signs of its own (the glossary) must send readers to the hub instead.
      if (article.category === 'reference' && !article.html.includes('class="urgency-boxes"')) {
        expect(article.html, article.id).toContain('data-article="red-flags"');
      } else expect(article.html, article.id).toContain('class="urgency-boxes"');
    }
  });

  it('shows when each article is next due for review, a year after it was reviewed', () => {
    for (const article of library!.articles) {
      expect(Number(article.nextReview.slice(0, 4)), article.id).toBe(Number(article.reviewed.slice(0, 4)) + 1);
    }
  });
});
