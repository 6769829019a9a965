import fc from 'fast-check';

/** Anything structured clone can carry (what an IPC payload can be), including the odd corners. */
export function anyClonable(maxDepth: number) {
  return fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
    withUnicodeString: true,
    maxDepth,
  });
}
