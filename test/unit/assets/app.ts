import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import type { Job } from '../../../src/shared/domain/jobs';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

/**
 * A real data directory plus a folder of source files per test. `call` goes through dispatch,
 * so requests are validated as the renderer's would be.
 */
export function useLibrary() {
  const tempDir = useTempDir('linimasa-assets-');
  const apps: LinimasaApp[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.close();
  });

  return async function library(options: { sweepAssets?: boolean } = {}) {
    const root = tempDir();
    const source = join(root, 'source');
    mkdirSync(source);
    const dataDir = join(root, 'data');
    const open = () => {
      const app = openApp(dataDir, { logError: (m, e) => console.error(m, e), ...options });
      apps.push(app);
      return app;
    };
    const app = open();
    await app.library.ready;

    async function call<M extends MethodName>(
      method: M,
      request: RequestOf<M> & { actorId?: string | null },
    ): Promise<ResponseOf<M>> {
      const result = await acting(app)(method, request);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as ResponseOf<M>;
    }
    async function fail<M extends MethodName>(
      method: M,
      request: RequestOf<M> & { actorId?: string | null },
    ) {
      const result = await acting(app)(method, request);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error;
    }
    /** Starts an import job and polls it to the end, as the UI does. */
    async function importJob(paths: string[]): Promise<Job> {
      const { jobId } = await call('assets.importStart', { paths });
      await app.jobs.settled(jobId);
      return call('jobs.get', { id: jobId });
    }
    /**
     * Every file under the data folder's assets/, thumbs/ and incoming/, relative to it, except
     * this process's lock (incoming/<pid>.lock, there while the library is open).
     */
    function storedFiles(): string[] {
      return ['assets', 'thumbs', 'incoming']
        .flatMap((folder) => walk(join(dataDir, folder)))
        .filter((file) => !file.endsWith(`${process.pid}.lock`))
        .map((file) => relative(dataDir, file).split('\\').join('/'))
        .sort();
    }
    return { app, root, source, dataDir, call, fail, importJob, storedFiles, reopen: open };
  };
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
