import type { ErrorCode } from '../shared/contract';

/** An error a handler means the renderer to see: its code and message cross IPC, nothing else does. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
