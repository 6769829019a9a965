/** Text size steps: the control and the keyboard move between the same sizes. */
import { TEXT_SIZES } from '../../../shared/limits';

export const DEFAULT_TEXT_SIZE = 100;

/** The next size up or down from `size` (which need not be one of the steps); the same size at either end. */
export function stepFrom(size: number, direction: 1 | -1): number {
  const steps = direction > 0 ? [...TEXT_SIZES] : [...TEXT_SIZES].reverse();
  return steps.find((step) => (direction > 0 ? step > size : step < size)) ?? size;
}

/** Applies the size to the root font size, so every rem-based length reflows (the window is not zoomed). */
export function applyTextSize(size: number): void {
  document.documentElement.style.fontSize = size === DEFAULT_TEXT_SIZE ? '' : `${size}%`;
}
