/**
 * The page shown instead of the app when it cannot start, e.g. because its content store is missing or
 * damaged: what happened, and what to do about it. Self-contained (one hashed inline stylesheet, no script).
 */
import { StoreLoadError } from '../content/load-store';
import { inlineStylePolicy } from './csp';

export interface StartupProblem {
  title: string;
  happened: string;
  todo: string[];
  /** Technical detail for a bug report. */
  detail: string;
}

const REINSTALL =
  'Reinstall Spasm Guide from the place you downloaded it. Your saved checklist is kept: it lives in your user folder, not in the app.';
const DEVELOPER = 'If you are running Spasm Guide from its source code, run "npm run build" and start it again.';

export function describeStartupFailure(error: unknown): StartupProblem {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof StoreLoadError) {
    switch (error.problem) {
      case 'missing':
        return {
          title: 'Spasm Guide cannot find its articles',
          happened: 'The file that holds the articles and the checklist is missing from the app.',
          todo: [REINSTALL, DEVELOPER],
          detail,
        };
      case 'damaged':
        return {
          title: 'Spasm Guide’s articles are damaged',
          happened:
            'The file that holds the articles and the checklist is damaged, so it cannot be trusted to show correct health information.',
          todo: [REINSTALL, DEVELOPER],
          detail,
        };
      case 'incompatible':
        return {
          title: 'Spasm Guide’s articles belong to another version',
          happened: 'The articles installed with the app were made for a different version of Spasm Guide.',
          todo: ['Install the latest version of Spasm Guide, which brings matching articles.', DEVELOPER],
          detail,
        };
    }
  }
  return {
    title: 'Spasm Guide could not start',
    happened: 'Something unexpected went wrong while the app was starting.',
    todo: [
      'Quit Spasm Guide and open it again.',
      `If that does not help, ${REINSTALL.charAt(0).toLowerCase()}${REINSTALL.slice(1)}`,
    ],
    detail,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:48px;color:#1d1d1f;background:#fafafa}' +
  'main{max-width:40em}h1{font-size:1.6em;margin:0 0 .5em}details{margin-top:2em;color:#555}' +
  'code{font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}' +
  '@media (prefers-color-scheme:dark){body{color:#f2f2f2;background:#1e1e1e}details{color:#bbb}}';

export interface ErrorPage {
  html: string;
  /** The Content-Security-Policy to serve it with: its own stylesheet and nothing else. */
  policy: string;
}

export function errorPage(problem: StartupProblem): ErrorPage {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(problem.title)}</title><style>${STYLE}</style></head>
<body><main role="alert">
<h1>${escapeHtml(problem.title)}</h1>
<p>${escapeHtml(problem.happened)}</p>
<h2>What you can do</h2>
<ul>${problem.todo.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ul>
<details><summary>Technical details</summary><code>${escapeHtml(problem.detail)}</code></details>
</main></body>
</html>
`;
  return { html, policy: inlineStylePolicy(STYLE) };
}
