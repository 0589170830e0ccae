/**
 * At most `concurrency` calls of the returned function run at once; the rest wait in order.
 * CPU-heavy steps (decoding images) share one limiter so that two imports running together
 * do not oversubscribe the cores.
 */
export function createLimiter(concurrency: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(fn: () => Promise<T>): Promise<T> {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await fn();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
