import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, BundleError } from '../../../src/main/bundle';
import { tmpfsReason, useTmpfs } from '../disk/tmpfs';
import { exportBundle, snapshot, useOffices } from './fixture';

const { demo, empty, tempDir } = useOffices();
const mount = useTmpfs();

describe.skipIf(tmpfsReason !== null)(`a bundle import on a full disk ${tmpfsReason ?? ''}`, () => {
  it('is refused as disk_full with the figures, and nothing changes', async () => {
    const { a } = await demo();
    const file = await exportBundle(a, join(tempDir(), 'desember.linimasa'));
    const b = await empty();
    mount(b.app.paths.incoming, '64k');
    const before = snapshot(b);
    const error = await applyImport(b.app, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({ code: 'disk_full', problem: 'disk_full' });
    expect((error as BundleError).message).toMatch(
      /^Ruang penyimpanan penuh \(perlu sekitar .+, tersisa .+\)\. Tidak ada data yang berubah\./,
    );
    expect((error as BundleError).details?.freeBytes).toBeLessThan(64 * 1024 + 1);
    expect(snapshot(b)).toEqual(before);
  });
});
