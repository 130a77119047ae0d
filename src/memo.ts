// Remembering results across the notices of a batch: notices share headings, paragraphs, words
// and dates, so most lookups hit. The map is emptied when it reaches its limit, so a long
// batch stays flat in memory.

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
