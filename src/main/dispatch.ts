/**
 * Validates a payload against the contract and runs its handler, always answering with a typed Result.
 * Shared by the Electron IPC layer and the test harness, so both validate exactly the same way.
 *
 * Order matters: the cheap shape check (payload-shape.ts) runs before the schema, and everything, parsing
 * included, runs inside one try, so no payload can make dispatch throw or reject.
 */
import { contract, type ApiError, type ChannelKey, type Result } from '../shared/contract';
import { MAX_ERROR_MESSAGE } from '../shared/limits';
import { HandlerError } from './handler-error';
import type { Handlers } from './handlers';
import { payloadShapeProblem } from './payload-shape';

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
  try {
    const key = typeof channel === 'string' ? channelKeyOf(channel) : undefined;
    if (!key) {
      const name = typeof channel === 'string' ? channel : `(${typeof channel})`;
      return failure('invalid-request', `Unknown channel "${name.slice(0, 100)}".`);
    }
    const shapeProblem = payloadShapeProblem(payload);
    if (shapeProblem) return failure('invalid-request', `Invalid request for ${key}: ${shapeProblem}.`);
    const parsed = contract[key].request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at "${issue.path.map(String).join('.')}"` : '';
      return failure('invalid-request', `Invalid request for ${key}${where}: ${issue?.message ?? 'invalid'}`);
    }
    const handler = handlers[key] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HandlerError) return failure(error.code, error.message);
    log(`handling a request on ${typeof channel === 'string' ? channel.slice(0, 100) : typeof channel} failed`, error);
    return failure('internal', 'Something went wrong in Spasm Guide. Please try again.');
  }
}

/** Every message that crosses IPC is capped, whatever produced it. */
function failure(code: ApiError['code'], message: string): Result<never> {
  const capped = message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : message;
  return { ok: false, error: { code, message: capped } };
}
