import { countRows } from '../../db/repositories/counts';
import { positiveInt, UsageError, type CliCommand } from '../command';
import { seedBulk } from '../../db/seed-bulk';
import { seedDemo } from '../seed-demo';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  owner: true,
  summary: 'isi kantor contoh (kanal, orang, pilar, sebulan unggahan) ke basis data kosong',
  options: {
    month: {
      type: 'string',
      description: 'bulan unggahan contoh, YYYY-MM (bawaan: bulan ini di zona kantor)',
    },
  },
  validate(values) {
    if (values.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(String(values.month))) {
      throw new UsageError(`--month harus berformat YYYY-MM, bukan "${String(values.month)}".`);
    }
  },
  async run(app, values, io) {
    const counts = countRows(app.db);
    if (counts.people + counts.channels + counts.campaigns + counts.posts > 0) {
      io.err(
        'Basis data ini sudah berisi data; seed-demo hanya mengisi basis data kosong. Pakai --data-dir lain.',
      );
      return 1;
    }
    const added = await seedDemo(
      app.dispatchAs,
      typeof values.month === 'string' ? `${values.month}-15` : undefined,
    );
    io.out(
      `Kantor contoh dibuat: ${added.people} orang, ${added.channels} kanal, ${added.campaigns} kampanye, ${added.posts} unggahan.`,
    );
    return 0;
  },
};

export const seedBulkCommand: CliCommand = {
  name: 'seed-bulk',
  owner: true,
  summary: 'tambah N unggahan tersebar lima tahun (untuk benchmark): --posts N',
  options: { posts: { type: 'string', description: 'jumlah unggahan (1–1.000.000)' } },
  validate: (values) => void positiveInt(values, 'posts', 1_000_000),
  run(app, values, io) {
    const posts = positiveInt(values, 'posts', 1_000_000);
    const started = Date.now();
    const result = seedBulk(app.db, { posts });
    io.out(
      `${result.posts} unggahan dibuat di ${result.channels} kanal, ${result.from} s.d. ${result.to}, dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk.`,
    );
    return 0;
  },
};
