/** What is reopened after a restart: the open articles with their scroll positions, and the last search. */
import type { ReadingPreferences } from '../../../shared/types';
import { MAX_QUERY_LENGTH, MAX_RECENT } from '../../../shared/limits';
import { scrollMemory } from './articles';
import type { Reader } from './reader.svelte';

export type Session = ReadingPreferences['session'];

/** The session as it is now; scroll positions come from what the panes last reported. */
export function sessionOf(reader: Reader, query: string): Session {
  return {
    panes: reader.panes.map((pane) => ({
      articleId: pane.articleId,
      scroll: Math.max(0, Math.round(scrollMemory.get(pane.key) ?? 0)),
    })),
    active: reader.active,
    query: query.slice(0, MAX_QUERY_LENGTH),
  };
}

/** Reopens a saved session's articles that still exist, each at its scroll position. */
export function restoreSession(reader: Reader, session: Session, exists: (id: string) => boolean): void {
  const kept = session.panes.filter((pane) => exists(pane.articleId));
  if (!kept.length) return;
  const active = kept.length === session.panes.length ? session.active : 0;
  const panes = reader.restore(
    kept.map((pane) => pane.articleId),
    active,
  );
  panes.forEach((pane, i) => scrollMemory.set(pane.key, kept[i].scroll));
}

/** The recently read list with `id` put first. */
export function withRecent(recent: string[], id: string): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, MAX_RECENT);
}
