import { describe, expect, it } from 'vitest';
import {
  importPlanSchema,
  importSummarySchema,
  type ImportKind,
  type ImportPlan,
  type ImportPlanPost,
} from '../../../../src/shared/domain/bundle';
import {
  firstImportedDay,
  importChangesSomething,
  isBundleFileName,
  orderedPosts,
  resolutionsFor,
  resolveAll,
  summaryParts,
  unresolvedConflicts,
} from '../../../../src/renderer/features/bundles/model';
import { readUploadReply } from '../../../../src/renderer/features/bundles/upload-reply';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function post(n: number, kind: ImportKind, scheduledAt: string | null, title = `Unggahan ${n}`) {
  const side = {
    title,
    status: 'draft' as const,
    scheduledAt,
    updatedAt: '2026-11-20T03:00:00.000Z',
  };
  return {
    id: uuid(n),
    title,
    kind,
    ...(kind === 'new' ? {} : { local: { ...side, inTrash: false } }),
    remote: side,
  } satisfies ImportPlanPost;
}

/** Parsed by the real schema, so the fixture is a plan the host could send. */
function plan(posts: ImportPlanPost[], extra: Partial<ImportPlan> = {}): ImportPlan {
  const counts = { new: 0, updated: 0, conflict: 0, unchanged: 0 };
  for (const entry of posts) counts[entry.kind] += 1;
  return importPlanSchema.parse({
    bundle: {
      appVersion: '0.1.0',
      createdAt: '2026-11-27T03:00:00.000Z',
      officeName: 'Pemerintah Kabupaten Sukamaju',
      unitName: '',
      timeZone: 'Asia/Jakarta',
      sourceInstallId: uuid(999),
      fromHere: false,
      filter: null,
      includeAssets: 'attached',
      bytes: 1234,
    },
    posts,
    counts,
    assets: { new: 0, newBytes: 0, present: 0, missing: 0 },
    create: { channels: [], campaigns: [], people: [] },
    notices: [],
    ...extra,
  });
}

describe('bundle import rules', () => {
  it('takes a .linimasa file by its name, in any case, and nothing else', () => {
    expect(isBundleFileName('desember.linimasa')).toBe(true);
    expect(isBundleFileName('DESEMBER.LINIMASA')).toBe(true);
    expect(isBundleFileName('.linimasa')).toBe(false);
    expect(isBundleFileName('desember.linimasa.zip')).toBe(false);
    expect(isBundleFileName('foto.jpg')).toBe(false);
  });

  it('counts the conflicts still open, and one choice for all settles every one', () => {
    const dryRun = plan([
      post(1, 'conflict', null),
      post(2, 'new', null),
      post(3, 'conflict', null),
      post(4, 'unchanged', null),
    ]);
    expect(unresolvedConflicts(dryRun, {}).map((entry) => entry.id)).toEqual([uuid(1), uuid(3)]);
    expect(
      unresolvedConflicts(dryRun, { [uuid(1)]: 'keep_mine' }).map((entry) => entry.id),
    ).toEqual([uuid(3)]);
    const all = resolveAll(dryRun, 'keep_both');
    expect(all).toEqual({ [uuid(1)]: 'keep_both', [uuid(3)]: 'keep_both' });
    expect(unresolvedConflicts(dryRun, all)).toEqual([]);
  });

  it('sends choices for this plan’s conflicts only', () => {
    const dryRun = plan([post(1, 'conflict', null), post(2, 'new', null)]);
    expect(
      resolutionsFor(dryRun, {
        [uuid(1)]: 'take_theirs',
        [uuid(2)]: 'keep_mine',
        [uuid(9)]: 'keep_both',
      }),
    ).toEqual({ [uuid(1)]: 'take_theirs' });
  });

  it('lists conflicts first, then new, updated, unchanged; by time within each, ideas last', () => {
    const posts = [
      post(1, 'unchanged', '2026-12-01T01:00:00.000Z'),
      post(2, 'new', null, 'Ide B'),
      post(3, 'new', '2026-12-09T01:00:00.000Z'),
      post(4, 'conflict', '2026-12-20T01:00:00.000Z'),
      post(5, 'new', '2026-12-02T01:00:00.000Z'),
      post(6, 'updated', '2026-12-01T00:00:00.000Z'),
      post(7, 'new', null, 'Ide A'),
    ];
    expect(orderedPosts(posts).map((entry) => entry.id)).toEqual([4, 5, 3, 7, 2, 6, 1].map(uuid));
    expect(orderedPosts(posts, 'new').map((entry) => entry.id)).toEqual([5, 3, 7, 2].map(uuid));
    // The plan's own array is left as the host sent it.
    expect(posts[0]!.id).toBe(uuid(1));
  });

  it('opens the calendar on the first day the import brought in, in the office zone', () => {
    const dryRun = plan([
      // 30 Nov 20:00 UTC is already 1 December in Jakarta.
      post(1, 'conflict', '2026-11-30T20:00:00.000Z'),
      post(2, 'new', '2026-12-05T01:00:00.000Z'),
      post(3, 'unchanged', '2026-11-01T01:00:00.000Z'),
      post(4, 'updated', null),
    ]);
    expect(firstImportedDay(dryRun, { [uuid(1)]: 'keep_mine' }, 'Asia/Jakarta')).toBe('2026-12-05');
    expect(firstImportedDay(dryRun, { [uuid(1)]: 'keep_both' }, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(firstImportedDay(dryRun, { [uuid(1)]: 'take_theirs' }, 'UTC')).toBe('2026-11-30');
    expect(firstImportedDay(plan([post(4, 'updated', null)]), {}, 'Asia/Jakarta')).toBeNull();
  });

  it('knows when an import would change nothing here', () => {
    expect(importChangesSomething(plan([post(1, 'unchanged', null)]))).toBe(false);
    expect(importChangesSomething(plan([post(1, 'conflict', null)]))).toBe(true);
    expect(
      importChangesSomething(
        plan([post(1, 'unchanged', null)], {
          create: { channels: [{ id: uuid(50), name: 'Instagram' }], campaigns: [], people: [] },
        }),
      ),
    ).toBe(true);
    expect(
      importChangesSomething(
        plan([], { assets: { new: 1, newBytes: 10, present: 0, missing: 0 } }),
      ),
    ).toBe(true);
  });

  it('names the non-zero figures of an import in the summary’s order', () => {
    const summary = importSummarySchema.parse({
      created: 12,
      updated: 3,
      keptMine: 0,
      keptBoth: 1,
      unchanged: 0,
      assets: { imported: 5, reused: 0, missing: 1 },
      createdChannels: 2,
      createdCampaigns: 0,
      createdPeople: 0,
      changedPostIds: [],
    });
    expect(summaryParts(summary)).toEqual([
      { part: 'created', count: 12 },
      { part: 'updated', count: 3 },
      { part: 'keptBoth', count: 1 },
      { part: 'assetsImported', count: 5 },
      { part: 'assetsMissing', count: 1 },
      { part: 'createdChannels', count: 2 },
    ]);
  });
});

describe('the bundle upload’s answer', () => {
  const messages = {
    network: 'jaringan',
    refused: (status: number) => `ditolak ${status}`,
    badResponse: 'jawaban aneh',
  };

  it('gives the upload id of an accepted bundle', () => {
    expect(
      readUploadReply(
        200,
        JSON.stringify({ ok: true, value: { uploadId: uuid(1), bytes: 5120 } }),
        messages,
      ),
    ).toEqual({ ok: true, uploadId: uuid(1), bytes: 5120 });
  });

  it('passes the host’s own reason on, and says HTTP status otherwise', () => {
    expect(
      readUploadReply(
        413,
        JSON.stringify({ ok: false, error: { code: 'invalid_request', message: 'Terlalu besar' } }),
        messages,
      ),
    ).toEqual({ ok: false, message: 'Terlalu besar' });
    expect(readUploadReply(502, '<html>Bad gateway</html>', messages)).toEqual({
      ok: false,
      message: 'ditolak 502',
    });
    expect(readUploadReply(404, JSON.stringify({ hello: 1 }), messages)).toEqual({
      ok: false,
      message: 'ditolak 404',
    });
    expect(
      readUploadReply(200, JSON.stringify({ ok: true, value: { uploadId: 'x' } }), messages),
    ).toEqual({ ok: false, message: 'jawaban aneh' });
  });
});
