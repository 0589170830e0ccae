import { existsSync, statSync } from 'node:fs';
import { dataPaths } from '../../data-dir';
import { schemaVersion } from '../../db/migrate';
import { countRows } from '../../db/repositories/counts';
import type { CliCommand } from '../command';

export const init: CliCommand = {
  name: 'init',
  // Creating the database is writing; re-running init on an existing one only reads.
  owner: (dataDir) => !existsSync(dataPaths(dataDir).database),
  summary:
    'buat folder data dan basis data (aman dijalankan ulang); berkas pustaka yang sudah ada dimasukkan kembali',
  createsDatabase: true,
  run(app, _values, io) {
    const { from, to } = app.migration;
    io.out(
      from === to
        ? `Sudah siap: ${app.paths.database} (skema ${to}).`
        : `Dibuat: ${app.paths.database} (skema ${from} → ${to}).`,
    );
    return 0;
  },
};

export const info: CliCommand = {
  name: 'info',
  summary: 'versi skema dan jumlah data',
  run(app, _values, io) {
    const counts = countRows(app.db);
    io.out(`Folder data   : ${app.paths.root}`);
    io.out(
      `Basis data    : ${app.paths.database} (${formatBytes(statSync(app.paths.database).size)})`,
    );
    io.out(`Versi skema   : ${schemaVersion(app.db)}`);
    io.out(`Orang         : ${counts.people}`);
    io.out(`Kanal         : ${counts.channels}`);
    io.out(`Kampanye      : ${counts.campaigns}`);
    io.out(`Unggahan      : ${counts.posts}`);
    return 0;
  },
};

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
