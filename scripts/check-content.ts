/**
 * Checks the content folder the way the build does and prints every problem as file:line: message.
 * Usage: npm run check:content [-- <content folder>]
 */
import { checkLibrary } from '../src/main/content/library';
import { formatProblem } from '../src/main/content/errors';

const dir = process.argv[2] ?? 'resources/content';
const { library, problems, warnings } = checkLibrary(dir);
for (const problem of problems) console.error(formatProblem(problem));
// Overdue reviews are reported but do not fail the check.
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (!library) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const items = library.checklist.sections.reduce((n, s) => n + s.items.length, 0);
console.log(
  `${dir}: ${library.articles.length} articles, ${library.signs.length} warning signs and a checklist of ${items} items, all valid` +
    (warnings.length ? ` (${warnings.length} overdue review${warnings.length === 1 ? '' : 's'}).` : '.'),
);
