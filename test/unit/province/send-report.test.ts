import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { introduce, makeOffice } from '../exchange/fixture';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

const regencyOffice = useOffice();
const provinceOffice = useOffice();
const temp = useTempDir();

describe('province.sendReport and province.sentReports', () => {
  it('says why nothing can be sent yet, then lists each month sent with its last time and count', async () => {
    const regency = await regencyOffice();
    const { call, fail, people } = regency;
    const approver = people.bambang.id;
    expect(await call('province.sentReports', {})).toEqual({ province: null, reports: [] });
    expect(
      await fail('province.sendReport', { actorId: approver, month: '2026-11' }),
    ).toMatchObject({ code: 'conflict', key: 'exchange.notSetUp' });

    await call('exchange.setIdentity', {
      actorId: people.admin.id,
      code: '73.06',
      name: 'Diskominfo Kabupaten Gowa',
      level: 'kabupaten_kota',
    });
    expect(
      await fail('province.sendReport', { actorId: approver, month: '2026-11' }),
    ).toMatchObject({ code: 'conflict', key: 'exchange.folderNotSet' });
    expect(await call('province.sentReports', {})).toEqual({
      province: { code: '73', name: null },
      reports: [],
    });

    const folder = join(temp(), 'pertukaran');
    mkdirSync(folder);
    await call('exchange.setFolder', { actorId: people.admin.id, folder });
    const first = await call('province.sendReport', { actorId: approver, month: '2026-11' });
    await call('province.sendReport', { actorId: approver, month: '2026-10' });
    const again = await call('province.sendReport', { actorId: approver, month: '2026-11' });
    expect(again.sentAt >= first.sentAt).toBe(true);
    expect(readdirSync(join(folder, '73.06', 'outbox'))).toHaveLength(3);

    // The province's name once its identity card is known here.
    const province = makeOffice(
      temp(),
      '73',
      'Diskominfo Provinsi Sulawesi Selatan',
      'provinsi',
      folder,
    );
    introduce(province, { db: regency.app.db, dataDir: regency.app.paths.root, code: '73.06' });
    expect(await call('province.sentReports', {})).toEqual({
      province: { code: '73', name: 'Diskominfo Provinsi Sulawesi Selatan' },
      reports: [
        { month: '2026-11', sentAt: again.sentAt, times: 2 },
        { month: '2026-10', sentAt: expect.any(String), times: 1 },
      ],
    });
  });

  it('refuses a province sending a report to itself', async () => {
    const { call, fail, people } = await provinceOffice();
    await call('exchange.setIdentity', {
      actorId: people.admin.id,
      code: '73',
      name: 'Diskominfo Provinsi Sulawesi Selatan',
      level: 'provinsi',
    });
    expect(
      await fail('province.sendReport', { actorId: people.bambang.id, month: '2026-11' }),
    ).toMatchObject({ code: 'conflict', key: 'province.sendNotRegency' });
    expect(await call('province.sentReports', {})).toEqual({ province: null, reports: [] });
  });
});
