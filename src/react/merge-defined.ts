/**
 * Layers settings: later layers win, but an `undefined` value never hides an earlier one. The one
 * place where hook options, provider props and defaults meet.
 */
export function mergeDefined<T extends object>(...layers: T[]): T {
  const merged = {} as T;
  for (const layer of layers) {
    for (const key in layer) if (layer[key] !== undefined) merged[key] = layer[key];
  }
  return merged;
}
