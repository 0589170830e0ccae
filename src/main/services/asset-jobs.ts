import { stat } from 'node:fs/promises';
import { notFound } from '../../shared/api/errors';
import type { Job } from '../../shared/domain/jobs';
import type { Jobs } from '../assets/jobs';
import type { AssetLibrary } from '../assets/library';

/**
 * Imports and verification as background jobs the UI polls. Paths come from Electron's open
 * dialog or the CLI: they must be absolute (the contract checks) and exist (checked here, so
 * a typo fails the call instead of producing a job of one failure).
 */
export function assetJobsService(library: AssetLibrary, jobs: Jobs) {
  return {
    async importStart(paths: string[]): Promise<{ jobId: string }> {
      for (const [index, path] of paths.entries()) {
        const exists = await stat(path).then(
          () => true,
          () => false,
        );
        if (!exists) {
          throw notFound('file', path, `paths.${index}`);
        }
      }
      const jobId = jobs.start('import', async (control) => {
        await library
          .importPaths(paths, {
            signal: control.signal,
            onProgress: control.progress,
            onResult: (result) => {
              control.result(result);
              control.count(result.status);
            },
          })
          .then((summary) => control.count('skipped', summary.skipped));
      });
      return { jobId };
    },
    verify(): { jobId: string } {
      const jobId = jobs.start('verify', async (control) => {
        await library.verify({
          signal: control.signal,
          onProgress: control.progress,
          onProblem: control.problem,
          onChecked: (status) => control.count(status),
          onThumbs: (what) => control.count(what === 'missing' ? 'thumbsMissing' : 'thumbsRebuilt'),
        });
      });
      return { jobId };
    },
    get: (id: string, resultsFrom: number): Job => jobs.get(id, resultsFrom),
    list: (): Job[] => jobs.list(),
    cancel: (id: string): Job => jobs.cancel(id),
  };
}
