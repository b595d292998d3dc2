/**
 * Briefs kept in memory until their data changes: an entry is used while the data version it was
 * computed for is still the current one. Concurrent requests for the same version share one
 * computation. The least recently used entries go first beyond `capacity` entries, or beyond
 * `maxBytes` (the size `sizeOf` gives each computed value); a value larger than `maxBytes` alone
 * is handed to its requests but not kept.
 */
export class SummaryCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T>; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly capacity = 32,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
    private readonly sizeOf: (value: T) => number = () => 0,
  ) {}

  get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) this.remove(key);
    if (found && found.version === version) {
      this.entries.set(key, found);
      this.bytes += found.bytes;
      return found.value;
    }
    const value = compute();
    const entry = { version, value, bytes: 0 };
    this.entries.set(key, entry);
    value.then(
      (result) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = this.sizeOf(result);
        this.bytes += entry.bytes;
        if (entry.bytes > this.maxBytes) this.remove(key);
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    this.evict();
    return value;
  }

  /** Bytes held by computed entries (as `sizeOf` measures them). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    while (this.entries.size > this.capacity || (this.bytes > this.maxBytes && this.entries.size > 0)) this.remove(this.entries.keys().next().value!);
  }
}
