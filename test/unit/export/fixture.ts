import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { loadSchedule } from '../../../src/main/export/schedule';
import type { MethodName, RequestOf, ResponseOf } from '../../../src/shared/api/contract';
import { exportFilterSchema, type ExportFilterInput } from '../../../src/shared/domain/exports';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

/** Text that breaks naive CSV, ICS and PDF writers: quotes, commas, newlines, emoji, accents. */
export const trickyPost = {
  title: 'Sosialisasi "Bebas Pungli", Desa Cibeureum; tahap 2',
  caption:
    'Baris pertama, dengan koma.\nBaris kedua: "kutipan" dan titik koma;\r\nEmoji 🇮🇩🎉 — é ü ñ · © ™ → ✓\\akhir',
};

/**
 * The demo office (`seed-demo`) with December 2026 planned: 12 posts in every status on two
 * channels each, plus one approved post with tricky text at 23:30 on 31 December (the last
 * minute of the range in WIB) and one approved post on 1 January (outside it).
 */
export function useDemoOffice() {
  const tempDir = useTempDir();
  let app: LinimasaApp | undefined;
  afterEach(() => app?.shutdown());

  return async function demoOffice(dataDirName = 'data') {
    app = openApp(join(tempDir(), dataDirName), { logError: (m, e) => console.error(m, e) });
    const opened = app;
    async function call<M extends MethodName>(
      method: M,
      request: RequestOf<M> & { actorId?: string | null },
    ): Promise<ResponseOf<M>> {
      const result = await acting(opened)(method, request);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as ResponseOf<M>;
    }
    await seedDemo(opened.dispatchAs, '2026-12-15');
    const people = await call('people.list', {});
    const planner = people.find((p) => p.role === 'planner')!;
    const approver = people.find((p) => p.role === 'approver')!;
    const channels = await call('channels.list', {});
    const approve = async (id: string, version: number) => {
      const submitted = await call('posts.transition', {
        id,
        version,
        actorId: planner.id,
        action: 'submit',
        acknowledgeWarnings: true,
      });
      return call('posts.transition', {
        id,
        version: submitted.version,
        actorId: approver.id,
        action: 'approve',
        acknowledgeWarnings: true,
      });
    };
    const tricky = await call('posts.create', {
      actorId: planner.id,
      ...trickyPost,
      hashtags: ['BebasPungli', 'Sukamaju'],
      channels: [
        { channelId: channels[0]!.id, format: 'carousel' },
        { channelId: channels[2]!.id, format: 'feed', captionOverride: 'Versi pendek untuk X' },
      ],
      schedule: { date: '2026-12-31', time: '23:30' },
    });
    const trickyApproved = await approve(tricky.id, tricky.version);
    const january = await call('posts.create', {
      actorId: planner.id,
      title: 'Selamat Tahun Baru 2027',
      channels: [{ channelId: channels[0]!.id, format: 'feed' }],
      schedule: { date: '2027-01-01', time: '00:00' },
    });
    await approve(january.id, january.version);
    const schedule = (filter: Partial<ExportFilterInput> = {}) =>
      loadSchedule(
        opened.db,
        exportFilterSchema.parse({ from: '2026-12-01', to: '2026-12-31', ...filter }),
      );
    return { app: opened, call, people, channels, tricky: trickyApproved, schedule };
  };
}
