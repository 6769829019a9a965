/**
 * Checks the content folder the way the build does and prints every problem as file:line: message.
 * Usage: npm run check:content [-- <content folder>]
 */
import { checkLibrary } from '../src/main/content/library';
import { formatProblem } from '../src/main/content/errors';

const dir = process.argv[2] ?? 'resources/content';
const { library, problems } = checkLibrary(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (!library) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const items = library.checklist.sections.reduce((n, s) => n + s.items.length, 0);
console.log(`${dir}: ${library.articles.length} articles and a checklist of ${items} items, all valid.`);
