/**
 * Validates a payload against the contract and runs its handler, always answering with a typed Result.
 * Shared by the Electron IPC layer and the test harness, so both validate exactly the same way.
 */
import { contract, type ChannelKey, type Result } from '../shared/contract';
import { HandlerError } from './handler-error';
import type { Handlers } from './handlers';

const keyByChannel = new Map<string, ChannelKey>(
  (Object.keys(contract) as ChannelKey[]).map((key) => [contract[key].name, key]),
);

export function channelKeyOf(channel: string): ChannelKey | undefined {
  return keyByChannel.get(channel);
}

export type Logger = (message: string, error: unknown) => void;

export async function dispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  log: Logger = () => {},
): Promise<Result<unknown>> {
  const key = channelKeyOf(channel);
  if (!key) return { ok: false, error: { code: 'invalid-request', message: `Unknown channel "${String(channel)}".` } };
  const parsed = contract[key].request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at "${issue.path.join('.')}"` : '';
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Invalid request for ${key}${where}: ${issue.message}` },
    };
  }
  try {
    const handler = handlers[key] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message } };
    log(`handler ${key} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in Spasm Guide. Please try again.' },
    };
  }
}
