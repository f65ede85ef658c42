/** The line width of hard-wrapped text: the 90th percentile of the lengths of non-empty lines. */
export function measureWrapWidth(lines: readonly string[]): number {
  const lengths: number[] = [];
  for (const l of lines) if (l !== '') lengths.push(l.length);
  if (lengths.length === 0) return 80;
  return Math.max(60, selectNth(lengths, Math.floor((lengths.length - 1) * 0.9)));
}

/**
 * The value at index `n` of `values` once sorted in ascending order (quickselect: linear time,
 * where sorting or counting lengths up to the longest paragraph would not be). Reorders `values`.
 */
export function selectNth(values: number[], n: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    // Hoare partition: afterwards values[low..j] <= pivot <= values[i..high]
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (n <= j) high = j;
    else if (n >= i) low = i;
    else return values[n] as number;
  }
  return values[n] as number;
}
