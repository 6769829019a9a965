/**
 * Turns a failed save into a message that says what happened: a full disk or a refused permission is not
 * something "try again" fixes. Whatever the cause, the previous saved version is still on disk.
 */
import { HandlerError } from '../handler-error';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** `what` names the document for people, e.g. "checklist". Returns the error to throw instead of `error`. */
export function describeSaveFailure(error: unknown, what: string): unknown {
  const code = errorCode(error);
  if (code && DISK_FULL.has(code)) {
    return new HandlerError(
      'unavailable',
      `The disk is full, so your ${what} could not be saved. Free up some disk space and try again; what you saved before is unchanged.`,
    );
  }
  if (code && NOT_ALLOWED.has(code)) {
    const readOnly = code === 'EROFS' ? 'is on a read-only disk' : 'cannot be written to';
    return new HandlerError(
      'unavailable',
      `Spasm Guide's settings folder ${readOnly} (${code}), so your ${what} could not be saved. What you saved before is unchanged.`,
    );
  }
  if (code === 'EINCOMPLETE') {
    return new HandlerError(
      'unavailable',
      `Your ${what} could not be written to the disk in full (the disk may be full or failing), so the save was undone; what you saved before is unchanged.`,
    );
  }
  return error;
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
