/** The first index in sorted[from, to) whose value is at least `value` (`to` when none is): a binary search. */
export function lowerBound<T extends number | string>(
  sorted: ArrayLike<T>,
  from: number,
  to: number,
  value: T,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
