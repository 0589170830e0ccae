import { parseArgs } from 'node:util';
import { openApp, type LinimasaApp } from '../app';
import { resolveDataLocation } from '../data-dir';
import { legacyNotice } from '../data-location/decide';
import { acquireOwnerLock, type OwnerLock } from '../ownership/owner-lock';
import { sweepNotes } from '../assets/sweep-notes';
import { openFailure } from '../startup/open-failure';
import { UsageError, type CliCommand, type CliIo } from './command';
import { info, init } from './commands/basics';
import { importAssetsCommand, verifyAssetsCommand } from './commands/assets';
import { seedBulkCommand, seedDemoCommand } from './commands/seeding';
import { resetPasswordCommand } from './commands/accounts';
import { backupCommand, checkCommand, restoreCommand } from './commands/backup';
import { importBundleCommand } from './commands/bundle';
import { importAnalyticsCommand } from './commands/analytics';
import { exportCommand } from './commands/export';
import { reportCommand } from './commands/report';
import { rekapCommand } from './commands/rekap';
import { moveDataCommand } from './commands/move-data';
import { exchangeCommand } from './commands/exchange';
import { errorText } from './words';

export type { CliIo };

/** Every command, in the order the usage lists them. Later features append theirs. */
export const commands: readonly CliCommand[] = [
  init,
  info,
  seedDemoCommand,
  resetPasswordCommand,
  seedBulkCommand,
  importAssetsCommand,
  verifyAssetsCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  exportCommand,
  importBundleCommand,
  importAnalyticsCommand,
  reportCommand,
  rekapCommand,
  moveDataCommand,
  exchangeCommand,
];

/** The command column of the usage: names, and arguments where a command takes them. */
const heading = (command: CliCommand) =>
  command.arguments ? `${command.name} ${command.arguments}` : command.name;
const column = Math.max(11, ...commands.map((command) => heading(command).length));

export const usage = [
  'Pemakaian / usage: npm run cli -- <perintah> [argumen] [opsi] [--data-dir FOLDER]',
  '',
  'Perintah / commands:',
  ...commands.flatMap((command) => [
    `  ${heading(command).padEnd(column)} ${command.summary}`,
    ...Object.entries(command.options ?? {}).map(
      ([flag, option]) => `  ${''.padEnd(column)}   --${flag}: ${option.description}`,
    ),
  ]),
  '',
  'Opsi / options:',
  '  --data-dir FOLDER  folder data (bawaan: LINIMASA_DATA_DIR, lalu folder data aplikasi)',
  '  -h, --help         tampilkan bantuan ini',
].join('\n');

export interface RunOptions {
  /**
   * Tests of the store's own race safety turn the owner lock off to run writers side by side;
   * nothing on the command line can.
   */
  ownerLock?: boolean;
}

/**
 * Exit codes: 0 done, 1 the command failed (also: another process owns the data directory),
 * 2 the command line was wrong (usage printed).
 */
export async function runCli(argv: string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  let command: CliCommand;
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const [name, ...rest] = argv;
    if (name === '-h' || name === '--help') {
      io.out(usage);
      return 0;
    }
    if (name === undefined || name.startsWith('-'))
      throw new UsageError('Perintah belum diberikan.');
    const found = commands.find((candidate) => candidate.name === name);
    if (!found) throw new UsageError(`Perintah tidak dikenal: ${name}`);
    command = found;
    const parsed = parseArgs({
      args: rest,
      options: {
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(
          Object.entries(command.options ?? {}).map(([flag, { type }]) => [flag, { type }]),
        ),
      },
      strict: true,
      allowPositionals: true,
    });
    if (!command.positionals && parsed.positionals.length > 0)
      throw new UsageError(`Argumen tak terduga: ${parsed.positionals.join(' ')}`);
    if (parsed.values['data-dir'] === '') throw new UsageError('--data-dir tidak boleh kosong.');
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
    if (!values.help) command.validate?.(values, positionals);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }

  const location = resolveDataLocation(values['data-dir'] as string | undefined, io.env);
  const dataDir = location.dir;
  const notice = command === moveDataCommand ? null : legacyNotice(location);
  if (notice) io.err(notice);
  const owns = typeof command.owner === 'function' ? command.owner(dataDir) : !!command.owner;
  let lock: OwnerLock | null = null;
  let app;
  try {
    if (owns && options.ownerLock !== false)
      lock = acquireOwnerLock(dataDir, `cli:${command.name}`);
    app = command.withoutApp
      ? undefined
      : openApp(dataDir, { reader: !owns, createDatabase: command.createsDatabase });
  } catch (error) {
    lock?.release();
    // In use, missing database, full disk, too new: their own words; else the restore command.
    for (const line of openFailure(error, dataDir)) io.err(line);
    return 1;
  }
  try {
    // Said once, whatever the command: files the database had forgotten are back.
    if (app) for (const line of sweepNotes(await app.library.ready)) io.out(line);
    return await command.run(app as LinimasaApp, values, io, positionals, dataDir);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    io.err(`Gagal: ${errorText(error)}`);
    return 1;
  } finally {
    try {
      // An import's checkpoint runs on a worker: the command ends once it has.
      await app?.shutdown();
    } finally {
      lock?.release();
    }
  }
}
