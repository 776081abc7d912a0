/** A sparse vector as parallel arrays of feature ids and weights, sorted by id. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A unit vector from id → weight, in one pass: it is built for every message. */
export function toSparse(map: ReadonlyMap<number, number>): SparseVector {
  const ids = Int32Array.from(map.keys()).sort();
  const weights = new Float64Array(ids.length);
  let sum = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = map.get(ids[k] as number) ?? 0;
    weights[k] = w;
    sum += w * w;
  }
  if (sum > 0) {
    const n = Math.sqrt(sum);
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / n;
  }
  return { ids, weights };
}

export function normalize(v: SparseVector): SparseVector {
  let sum = 0;
  for (const w of v.weights) sum += w * w;
  if (sum === 0) return v;
  const n = Math.sqrt(sum);
  return { ids: v.ids, weights: v.weights.map((w) => w / n) };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Mean of unit vectors, renormalised: the topic's centre of gravity. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + (v.weights[k] as number)));
  return toSparse(sum);
}
