/**
 * Keeps what is valid in a settings document and replaces only what is not: one over-long tick id drops that
 * one tick, a bad theme resets the theme, and the rest of the person's data is kept.
 */
import { z } from 'zod';

export interface Salvaged<T> {
  value: T;
  /** Dotted paths of what was dropped or reset, e.g. `checked[3]`, `notes`. Empty when all was valid. */
  dropped: string[];
}

export function salvage<T>(schema: z.ZodType<T>, data: unknown, fallback: T): Salvaged<T> {
  const dropped: string[] = [];
  const value = salvageValue(schema, data, fallback, '', dropped);
  const checked = schema.safeParse(value);
  if (checked.success) return { value: checked.data, dropped };
  return { value: structuredClone(fallback), dropped: ['everything'] };
}

function salvageValue(schema: z.ZodType, data: unknown, fallback: unknown, at: string, dropped: string[]): unknown {
  const whole = schema.safeParse(data);
  if (whole.success) return whole.data;

  if (schema instanceof z.ZodObject && isPlainObject(data)) {
    const defaults = isPlainObject(fallback) ? fallback : {};
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        salvageValue(field, data[key], defaults[key], at ? `${at}.${key}` : key, dropped),
      ]),
    );
  }
  if (schema instanceof z.ZodArray && Array.isArray(data)) {
    const element = schema.element as z.ZodType;
    const kept: unknown[] = [];
    data.forEach((item, index) => {
      const result = element.safeParse(item);
      if (result.success) kept.push(result.data);
      else dropped.push(`${at}[${index}]`);
    });
    const maximum = (schema._zod.bag as { maximum?: number }).maximum;
    if (maximum !== undefined && kept.length > maximum) {
      dropped.push(`${at}[${maximum}…]`);
      kept.length = maximum;
    }
    return kept;
  }
  dropped.push(at || 'everything');
  return structuredClone(fallback);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
