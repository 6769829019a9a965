/** Where the built content store lives: next to the built main process, in development and when packaged. */
import { fileURLToPath } from 'node:url';

export function contentStoreDir(): string {
  return fileURLToPath(new URL('../content/', import.meta.url));
}
