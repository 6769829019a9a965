/** Decides whether an IPC call may be answered: it must come from the app's own page, in the top frame. */
import type { OwnUrlCheck } from './app-origin';

export interface SenderFrame {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

export function isTrustedSender(event: { senderFrame: SenderFrame | null }, isOwnUrl: OwnUrlCheck): boolean {
  const frame = event.senderFrame;
  // A frame that navigated away or was destroyed has no senderFrame; nothing to trust.
  if (!frame) return false;
  return frame.parent === null && isOwnUrl(frame.url);
}
