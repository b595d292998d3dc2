/**
 * Briefs kept in memory until their data changes: an entry is used while the data version it was
 * computed for is still the current one. Concurrent requests for the same version share one
 * computation. The least recently used entries go first beyond `capacity`.
 */
export class SummaryCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly capacity = 32) {}

  get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    this.entries.delete(key);
    if (found && found.version === version) {
      this.entries.set(key, found);
      return found.value;
    }
    const value = compute();
    const entry = { version, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
