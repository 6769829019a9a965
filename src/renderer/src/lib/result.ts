/** Helpers for the Result every `window.spasm` call answers with. */
import type { ApiError, Result } from '../../../shared/contract';

/** A failed call, or a call that threw (e.g. the bridge to the main process is gone), as one ApiError. */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return {
      ok: false,
      error: { code: 'unavailable', message: `Spasm Guide could not reach its content (${String(error)}).` },
    };
  }
}

/** The sentence shown to people for an error. */
export function describe(error: ApiError): string {
  if (error.code === 'not-found') return error.message;
  return error.message || 'Something went wrong.';
}
