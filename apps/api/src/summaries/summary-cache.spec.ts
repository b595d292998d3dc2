import { SummaryCache } from './summary-cache';

describe('summary cache', () => {
  it('keeps a value while its version holds, recomputes when it changes', async () => {
    const cache = new SummaryCache<number>();
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(await cache.get('d', 'v1', compute)).toBe(1);
    expect(await cache.get('d', 'v1', compute)).toBe(1);
    expect(await cache.get('d', 'v2', compute)).toBe(2);
    expect(runs).toBe(2);
  });

  it('shares one computation between concurrent requests', async () => {
    const cache = new SummaryCache<string>();
    let runs = 0;
    let release!: (v: string) => void;
    const compute = () => {
      runs += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const a = cache.get('d', 'v1', compute);
    const b = cache.get('d', 'v1', compute);
    release('brief');
    expect(await Promise.all([a, b])).toEqual(['brief', 'brief']);
    expect(runs).toBe(1);
  });

  it('forgets a failed computation', async () => {
    const cache = new SummaryCache<number>();
    await expect(cache.get('d', 'v1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('d', 'v1', () => Promise.resolve(7))).toBe(7);
  });

  it('drops the least recently used entry beyond its capacity', async () => {
    const cache = new SummaryCache<string>(2);
    await cache.get('a', 'v', () => Promise.resolve('a'));
    await cache.get('b', 'v', () => Promise.resolve('b'));
    await cache.get('a', 'v', () => Promise.resolve('again')); // a is used: b is now the oldest
    await cache.get('c', 'v', () => Promise.resolve('c'));
    expect(await cache.get('a', 'v', () => Promise.resolve('recomputed'))).toBe('a');
    expect(await cache.get('b', 'v', () => Promise.resolve('recomputed'))).toBe('recomputed');
  });

  it('keeps the computed values within a byte budget: the oldest go first, one too large alone is not kept', async () => {
    const cache = new SummaryCache<string>(10, 10, (value) => value.length);
    await cache.get('a', 'v', () => Promise.resolve('aaaa'));
    await cache.get('b', 'v', () => Promise.resolve('bbbb'));
    expect(cache.size).toEqual({ entries: 2, bytes: 8 });
    await cache.get('c', 'v', () => Promise.resolve('cccc')); // 12 bytes: a goes
    expect(cache.size).toEqual({ entries: 2, bytes: 8 });
    expect(await cache.get('a', 'v', () => Promise.resolve('recomputed'))).toBe('recomputed');
    // 'recomputed' (10 bytes) pushes out b and c, and fits alone.
    expect(cache.size).toEqual({ entries: 1, bytes: 10 });
    expect(await cache.get('big', 'v', () => Promise.resolve('x'.repeat(11)))).toHaveLength(11);
    expect(cache.size).toEqual({ entries: 1, bytes: 10 });
  });
});
