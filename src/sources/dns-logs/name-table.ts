/** Host names and `*.suffix` wildcards, as vendor catalogs and manifests write them. */
/** A lookup that tries the exact name first, then the longest `*.suffix` that covers it (never the suffix itself). */
export function nameTable(entries: ReadonlyArray<readonly [string, string]>) {
  const exact = new Map<string, string>();
  const wild = new Map<string, string>();
  for (const [key, value] of entries) {
    const name = key.toLowerCase().replace(/\.$/, '');
    if (name.startsWith('*.')) wild.set(name.slice(2), value);
    else exact.set(name, value);
  }
  return {
    exact: (name: string) => exact.get(name),
    find(name: string): { key: string; value: string } | undefined {
      const hit = exact.get(name);
      if (hit !== undefined) return { key: name, value: hit };
      for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        const suffix = name.slice(dot + 1);
        const value = wild.get(suffix);
        if (value !== undefined) return { key: `*.${suffix}`, value };
      }
      return undefined;
    },
  };
}

