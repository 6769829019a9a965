import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentStorePlugin } from './src/main/content/vite-plugin';
import { rendererPolicyPlugins } from './src/main/electron/renderer-policy-plugin';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  main: {
    plugins: [contentStorePlugin({ contentDir: 'resources/content', outDir: 'out/content', version })],
    build: { outDir: 'out/main' },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot load ES modules: emit one CommonJS file.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    // The page's Content-Security-Policy (strict; relaxed for styles on the dev server only).
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), ...rendererPolicyPlugins()],
    // Minified: electron-vite leaves it off by default, and the renderer's parse time is part of startup.
    build: { outDir: 'out/renderer', minify: true },
  },
});
