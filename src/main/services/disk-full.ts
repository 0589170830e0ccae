import { namingDiskFull } from '../disk/full';

/**
 * Wraps every verb of a service so that a full disk met anywhere below it (SQLITE_FULL from a
 * transaction, ENOSPC from a write) leaves it as a `disk_full` AppError with the free space of
 * `dataDir`, instead of the generic internal error. Other errors pass through unchanged.
 */
export function reportingDiskFull<T extends object>(service: T, dataDir: string): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(service)) {
    wrapped[name] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            try {
              const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
              return result instanceof Promise
                ? result.catch((error: unknown) => {
                    throw namingDiskFull(error, dataDir);
                  })
                : result;
            } catch (error) {
              throw namingDiskFull(error, dataDir);
            }
          }
        : value;
  }
  return wrapped as T;
}
