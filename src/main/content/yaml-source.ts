/** Parses YAML with zod validation, reporting each problem at the line of the offending node. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './errors';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/**
 * @param text YAML text
 * @param file file name to report
 * @param firstLine line number of the text's first line within the file (front matter starts at 2)
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  firstLine = 1,
): Parsed<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      line: lineOfPath(doc, issue.path, lineAt, firstLine),
      message: `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`,
    })),
  };
}

/** The line of the deepest node on `path` that exists (a missing key is reported at its parent). */
function lineOfPath(doc: Document, path: PropertyKey[], lineAt: (offset: number) => number, firstLine: number) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return firstLine;
}
