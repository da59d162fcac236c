/** The one place hook options, provider props and defaults meet: later layers win, `undefined` never hides. */
export function mergeDefined<T extends object>(...layers: T[]): T {
  const merged = {} as T;
  for (const layer of layers) {
    for (const key in layer) if (layer[key] !== undefined) merged[key] = layer[key];
  }
  return merged;
}
