import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import type { Job } from '../../../src/shared/domain/jobs';
import { useTempDir } from '../helpers';
import { useDemoOffice } from '../export/fixture';
import { acting } from '../acting';

const token = 'test-token-bundle-0123456789';
let other: LinimasaApp | undefined;
let http: HttpTransport | undefined;
afterEach(async () => {
  await http?.close();
  other?.close();
  http = undefined;
  other = undefined;
});

async function settled(app: LinimasaApp, jobId: string): Promise<Job> {
  for (;;) {
    const result = await acting(app)('jobs.get', { id: jobId });
    if (!result.ok) throw new Error(result.error.message);
    const job = result.value as Job;
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function ok<T>(app: LinimasaApp, method: string, request: unknown): Promise<T> {
  const result = await acting(app)(method, request);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

describe('bundles through the API and the upload route', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  it('exports December as a bundle, uploads it to another office, shows the dry run, imports it', async () => {
    const { app } = await demoOffice();
    const { jobId } = await ok<{ jobId: string }>(app, 'exports.start', {
      filter: { from: '2026-12-01', to: '2026-12-31' },
      format: 'bundle',
    });
    const exported = await settled(app, jobId);
    expect(exported.state).toBe('done');
    const bundle = app.services.exports.file(exported.exportId!)!;
    expect(bundle.fileName).toBe('jadwal-2026-12.linimasa');

    other = openApp(join(tempDir(), 'kantor-lain'));
    const target = other;
    http = await startHttpTransport({
      dispatch: target.dispatch,
      token,
      signedIn: (sessionId) => target.services.auth.isLive(sessionId),
      renderer: async () => new Response(''),
      media: async () => new Response(''),
      bundleUpload: (name, body, options) => target.services.bundles.upload(name, body, options),
    });
    const { sessionId } = await target.services.auth.setup(
      { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' },
      'test',
    );
    const response = await fetch(`${http.origin}/upload/bundle?name=desember.linimasa`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-linimasa-token': token,
        cookie: `linimasa_signin=${sessionId}`,
      },
      body: readFileSync(bundle.path),
    });
    const uploaded = (await response.json()) as {
      ok: true;
      value: { uploadId: string; bytes: number };
    };
    expect(uploaded.value.bytes).toBe(readFileSync(bundle.path).length);
    // Kept aside in incoming/ under our pid: the sweep leaves it while we run.
    expect(
      readdirSync(target.paths.incoming).some(
        (n) => n.startsWith(`${process.pid}.`) && n.endsWith('.part'),
      ),
    ).toBe(true);

    const source = { uploadId: uploaded.value.uploadId };
    const check = await settled(
      target,
      (await ok<{ jobId: string }>(target, 'bundles.inspect', { source })).jobId,
    );
    expect(check).toMatchObject({ kind: 'bundle-check', state: 'done' });
    expect(check.bundlePlan!.counts).toEqual({ new: 4, updated: 0, conflict: 0, unchanged: 0 });
    expect(check.bundlePlan!.bundle.officeName).toBe('Pemerintah Kabupaten Sukamaju');

    const done = await settled(
      target,
      (await ok<{ jobId: string }>(target, 'bundles.import', { source })).jobId,
    );
    expect(done).toMatchObject({ kind: 'bundle-import', state: 'done', error: null });
    expect(done.bundleSummary!.created).toBe(4);
    const posts = await ok<unknown[]>(target, 'posts.range', {
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(posts).toHaveLength(4);
    // The upload is gone once imported.
    expect(readdirSync(target.paths.incoming).some((n) => n.endsWith('.part'))).toBe(false);
  });

  it('refuses a bundle path that does not exist, a stale upload id, and fails a damaged bundle readably', async () => {
    other = openApp(join(tempDir(), 'kantor'));
    const missing = await acting(other)('bundles.inspect', {
      source: { path: join(tempDir(), 'tidak-ada.linimasa') },
    });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const stale = await acting(other)('bundles.import', {
      source: { uploadId: '6a0f5a2e-1d9c-4c7e-8d4f-0b1e2c3d4e5f' },
    });
    expect(stale.ok ? null : stale.error.code).toBe('not_found');
    const relative = await acting(other)('bundles.inspect', {
      source: { path: 'paket.linimasa' },
    });
    expect(relative.ok ? null : relative.error.code).toBe('invalid_request');

    const damaged = join(tempDir(), 'rusak.linimasa');
    writeFileSync(damaged, 'ini bukan zip');
    const { jobId } = await ok<{ jobId: string }>(other, 'bundles.inspect', {
      source: { path: damaged },
    });
    const job = await settled(other, jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/paket|zip/i);
  });
});
