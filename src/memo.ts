// Remembering results across the notices of a batch: notices share headings, paragraphs, words
// and dates, so most lookups hit. The map is emptied when it reaches its limit, so a long
// batch stays flat in memory.

/** `compute`, remembered for each notice (or other object) while it lives: several rules and
 * the result's fields ask the same question of one notice. */
export function perNotice<N extends object, V>(compute: (notice: N) => V): (notice: N) => V {
  const remembered = new WeakMap<N, V>();
  return (notice) => {
    if (remembered.has(notice)) return remembered.get(notice) as V;
    const value = compute(notice);
    remembered.set(notice, value);
    return value;
  };
}

/** `compute`, remembered by key; `undefined` is never a result. */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      if (remembered.size >= limit) remembered.clear();
      value = compute(key);
      remembered.set(key, value);
    }
    return value;
  };
}
