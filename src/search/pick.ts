/** The first `limit` items in `order` (a stable order), without sorting the rest when there are many. */
export function pickFirst<T>(items: T[], limit: number, order: (a: T, b: T) => number): T[] {
  if (items.length <= limit || limit > 64) return items.sort(order).slice(0, limit);
  const first: T[] = [];
  for (const item of items) {
    if (first.length === limit && order(item, first[limit - 1]!) >= 0) continue;
    let at = first.length;
    while (at > 0 && order(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > limit) first.pop();
  }
  return first;
}
