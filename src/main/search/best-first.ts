/**
 * Keeps the best `size` items offered, by score, best first; of equal scores, the one offered first ranks
 * first. The same list as sorting every item (stably) and keeping the first `size`, without sorting items
 * that cannot make the cut: most of a large library's candidates are turned away by one comparison.
 */
export class BestFirst<T extends { score: number }> {
  private readonly items: T[] = [];

  constructor(private readonly size: number) {}

  /** Whether an item with this score would be kept now (it must beat the last when the list is full). */
  wants(score: number): boolean {
    return this.items.length < this.size || score > this.items[this.items.length - 1].score;
  }

  offer(item: T): void {
    if (!this.wants(item.score)) return;
    const items = this.items;
    // After every item scoring at least as much: equal scores keep the order they were offered in.
    let at = items.length;
    while (at > 0 && items[at - 1].score < item.score) at--;
    items.splice(at, 0, item);
    if (items.length > this.size) items.pop();
  }

  /** The items kept, best first. */
  list(): T[] {
    return this.items;
  }
}
