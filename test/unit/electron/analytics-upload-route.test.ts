import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { analyticsUploadRoute, routeAppProtocol } from '../../../src/main/electron/protocol';
import { readAnalyticsUpload } from '../../../src/renderer/features/kinerja/upload-analytics';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

// The route is plain Node; only the module it lives in also registers the scheme.
vi.mock('electron', () => ({ protocol: {} }));

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

const csv = readFileSync(join(__dirname, '../../fixtures/analytics/meta-instagram.csv'));
const words = { network: 'jaringan', refused: () => 'ditolak', badResponse: 'jawaban aneh' };

/**
 * Issue 15 gap: the desktop app's linimasa://app/upload/analytics takes a platform export the way
 * the browser host's POST /upload/analytics does, so the import screen has one upload path.
 */
describe('linimasa://app/upload/analytics', () => {
  it('keeps the export aside under its own name, for analytics.import to read', async () => {
    app = openApp(join(tempDir(), 'data'));
    await app.library.ready;
    const opened = app;
    const notHere = async () => new Response('static', { status: 200 });
    const route = routeAppProtocol({
      app: notHere,
      media: notHere,
      analyticsUpload: analyticsUploadRoute((name, body, options) =>
        opened.services.analyticsUploads.upload(name, body, options),
      ),
    });
    const reply = await route(
      new Request('linimasa://app/upload/analytics?name=instagram-desember.csv', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: csv,
      }),
    );
    expect(reply.status).toBe(200);
    const uploaded = readAnalyticsUpload(reply.status, await reply.json(), words);
    expect(uploaded).toMatchObject({ ok: true, name: 'instagram-desember.csv' });
    if (!uploaded.ok) return;
    expect(readFileSync(uploaded.path)).toEqual(csv);

    await acting(opened)('channels.create', { platform: 'instagram', name: 'IG Pemkab' });
    const person = await acting(opened)('people.create', { name: 'Rina', role: 'planner' });
    const dryRun = await acting(opened)('analytics.import', {
      actorId: person.ok ? (person.value as { id: string }).id : null,
      path: uploaded.path,
      dryRun: true,
    });
    expect(dryRun).toMatchObject({
      ok: true,
      value: { fileName: 'instagram-desember.csv', rows: 4 },
    });

    // The other methods and content types are refused as at the browser host's door.
    expect((await route(new Request('linimasa://app/upload/analytics'))).status).toBe(405);
  });
});
