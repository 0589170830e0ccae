import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { openApp } from '../app';
import { resolveDataDir } from '../data-dir';
import { countRows } from '../db/repositories/counts';
import { schemaVersion } from '../db/migrate';
import { seedDemo } from './seed-demo';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export const usage = `Pemakaian / usage: npm run cli -- <perintah> [--data-dir FOLDER]

Perintah / commands:
  init        buat folder data dan basis data (aman dijalankan ulang)
  info        versi skema, jumlah orang, kanal dan kampanye
  seed-demo   isi kantor contoh (kanal, orang, kampanye) ke basis data kosong

Opsi / options:
  --data-dir FOLDER  folder data (bawaan: LINIMASA_DATA_DIR, lalu folder data aplikasi)
  -h, --help         tampilkan bantuan ini`;

const commands = ['init', 'info', 'seed-demo'] as const;
type Command = (typeof commands)[number];

/** Exit codes: 0 done, 1 the command failed, 2 the command line was wrong (usage printed). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.help) {
    io.out(usage);
    return 0;
  }
  const dataDir = resolveDataDir(parsed.dataDir, io.env);
  try {
    return await run(parsed.command, dataDir, io);
  } catch (error) {
    io.err(`Gagal: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function parse(argv: string[]): { command: Command; dataDir?: string; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return { command: 'info', help: true };
  if (positionals.length === 0) throw new Error('Perintah belum diberikan.');
  const [command, ...extra] = positionals;
  if (!commands.includes(command as Command)) throw new Error(`Perintah tidak dikenal: ${command}`);
  if (extra.length > 0) throw new Error(`Argumen tak terduga: ${extra.join(' ')}`);
  if (values['data-dir'] === '') throw new Error('--data-dir tidak boleh kosong.');
  return { command: command as Command, dataDir: values['data-dir'], help: false };
}

async function run(command: Command, dataDir: string, io: CliIo): Promise<number> {
  const app = openApp(dataDir);
  try {
    switch (command) {
      case 'init': {
        const { from, to } = app.migration;
        io.out(
          from === to
            ? `Sudah siap: ${app.paths.database} (skema ${to}).`
            : `Dibuat: ${app.paths.database} (skema ${from} → ${to}).`,
        );
        return 0;
      }
      case 'info': {
        const counts = countRows(app.db);
        io.out(`Folder data   : ${app.paths.root}`);
        io.out(
          `Basis data    : ${app.paths.database} (${formatBytes(statSync(app.paths.database).size)})`,
        );
        io.out(`Versi skema   : ${schemaVersion(app.db)}`);
        io.out(`Orang         : ${counts.people}`);
        io.out(`Kanal         : ${counts.channels}`);
        io.out(`Kampanye      : ${counts.campaigns}`);
        return 0;
      }
      case 'seed-demo': {
        const counts = countRows(app.db);
        if (counts.people + counts.channels + counts.campaigns > 0) {
          io.err(
            'Basis data ini sudah berisi data; seed-demo hanya mengisi basis data kosong. Pakai --data-dir lain.',
          );
          return 1;
        }
        const added = await seedDemo(app.dispatch);
        io.out(
          `Kantor contoh dibuat: ${added.people} orang, ${added.channels} kanal, ${added.campaigns} kampanye.`,
        );
        return 0;
      }
    }
  } finally {
    app.close();
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
