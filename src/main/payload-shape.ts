/**
 * The first check on every IPC request, before its schema: only plain data (plain objects and arrays,
 * strings, finite numbers, booleans, null) within PAYLOAD_LIMITS. IPC can carry typed arrays, Maps, Dates and
 * class instances; none is ever a valid request, and each is refused here without being walked.
 */
import { MAX_PAYLOAD_STRING, PAYLOAD_LIMITS } from '../shared/limits';

/** Returns what is wrong with `payload` in a short sentence, or null if its shape is acceptable. */
export function payloadShapeProblem(payload: unknown): string | null {
  if (payload === undefined) return null;
  if (!isPlainObject(payload)) return `a request is a plain object, not ${kindOf(payload)}`;
  const budget = { left: PAYLOAD_LIMITS.totalSize };
  return problemIn(payload, 0, budget);
}

function problemIn(value: unknown, depth: number, budget: { left: number }): string | null {
  budget.left -= 1;
  switch (typeof value) {
    case 'string':
      if (value.length > MAX_PAYLOAD_STRING) return `a string is longer than ${MAX_PAYLOAD_STRING} characters`;
      budget.left -= value.length;
      return budget.left < 0 ? 'the request is too large' : null;
    case 'boolean':
    case 'undefined':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : 'a number is not finite';
    case 'object':
      if (value === null) return null;
      if (depth >= PAYLOAD_LIMITS.depth) return 'the request is nested too deeply';
      if (budget.left < 0) return 'the request is too large';
      if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype)
        return arrayProblem(value, depth, budget);
      if (isPlainObject(value)) return objectProblem(value, depth, budget);
      return `${kindOf(value)} is not allowed in a request`;
    default:
      return `${kindOf(value)} is not allowed in a request`;
  }
}

function arrayProblem(array: unknown[], depth: number, budget: { left: number }): string | null {
  if (array.length > PAYLOAD_LIMITS.arrayLength) return `an array has more than ${PAYLOAD_LIMITS.arrayLength} items`;
  // Exactly the indexes and `length`: no holes, no extra properties.
  if (Reflect.ownKeys(array).length !== array.length + 1) return 'an array has holes or extra properties';
  for (let index = 0; index < array.length; index += 1) {
    const problem = dataProperty(array, String(index), depth, budget);
    if (problem) return problem;
  }
  return null;
}

function objectProblem(object: object, depth: number, budget: { left: number }): string | null {
  const keys = Reflect.ownKeys(object);
  if (keys.length > PAYLOAD_LIMITS.keysPerObject) return `an object has more than ${PAYLOAD_LIMITS.keysPerObject} keys`;
  for (const key of keys) {
    if (typeof key !== 'string') return 'an object has a symbol key';
    if (key.length > PAYLOAD_LIMITS.keyLength) return `a key is longer than ${PAYLOAD_LIMITS.keyLength} characters`;
    budget.left -= key.length;
    const problem = dataProperty(object, key, depth, budget);
    if (problem) return problem;
  }
  return null;
}

/** A property must hold a value (not a getter) that is itself acceptable. */
function dataProperty(owner: object, key: string, depth: number, budget: { left: number }): string | null {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  if (!descriptor || !('value' in descriptor)) return 'a property is not plain data';
  return problemIn(descriptor.value, depth + 1, budget);
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name: unknown = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name;
  return typeof name === 'string' && /^\w{1,40}$/.test(name) ? `a ${name}` : 'an object of another kind';
}
