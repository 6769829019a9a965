/** The real article library, indexed and loaded back through the export exactly as the app does. */
import { resolve } from 'node:path';
import { loadLibrary, type Library } from '../../src/main/content/library';
import { searchDocsOf } from '../../src/main/content/search-docs';
import { loadDictionary } from '../../src/main/search/dictionary';
import { SearchEngine, type SearchDoc } from '../../src/main/search/engine';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../resources/content');

export function libraryDocs(dir = CONTENT_DIR): { library: Library; docs: SearchDoc[] } {
  const library = loadLibrary(dir);
  return { library, docs: searchDocsOf(library.articles, library.texts) };
}

export function loadedEngine(docs: SearchDoc[]): SearchEngine {
  return SearchEngine.fromExport(docs, SearchEngine.build(docs, [], { dictionary: loadDictionary() }).export());
}
