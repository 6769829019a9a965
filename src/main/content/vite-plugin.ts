/**
 * A Vite plugin for the main-process build: checks the content folder and writes the content store next to
 * the built main process. A content problem fails the build with every file and line at fault.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildStore } from './build-store';

export function contentStorePlugin(options: { contentDir: string; outDir: string; version: string }): Plugin {
  const contentDir = resolve(options.contentDir);
  return {
    name: 'spasm-guide:content-store',
    buildStart() {
      this.addWatchFile(contentDir);
    },
    async closeBundle() {
      const manifest = await buildStore(contentDir, resolve(options.outDir), options.version);
      this.info?.(`content store: ${manifest.articleCount} articles, hash ${manifest.hash.slice(0, 12)}`);
    },
  };
}
