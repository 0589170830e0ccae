import { AppError, type ErrorWording } from '../../shared/api/errors';

/** Who holds a data directory: what the owner lock file records. */
export interface OwnerRecord {
  pid: number;
  host: string;
  /** See process-identity.ts; null where the platform could not tell. */
  startTime: string | null;
  program: OwnerProgram;
  /** When it took the folder (ISO instant). */
  since: string;
  /** Tells this lock from any other one with the same pid (a second open in one process). */
  token: string;
}

/** The desktop app, the browser host, or a CLI command that writes (`cli:import-assets`). */
export type OwnerProgram = 'desktop' | 'host' | `cli:${string}`;

export function programName(program: string): string {
  if (program === 'desktop') return 'aplikasi desktop Linimasa';
  if (program === 'host') return 'Linimasa di peramban';
  if (program.startsWith('cli:')) return `perintah "${program.slice(4)}" (npm run cli)`;
  return program;
}

/** 2 Desember 2026 pukul 08.15, in this computer's time zone. */
export function sinceWords(since: string): string {
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) return 'waktu tidak diketahui';
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** The commands that only read, listed where the message tells what still works. */
const readers = 'export, info, check, verify-assets, backup';

/**
 * Another process owns the data directory. An AppError, so the desktop app's start-up dialog
 * shows the message as it is and offers no restore (nothing is damaged).
 */
export class DataDirInUseError extends AppError {
  constructor(
    readonly owner: OwnerRecord | null,
    readonly lockFile: string,
    readonly elsewhere = false,
  ) {
    super('conflict', inUseWording(owner, lockFile, elsewhere));
    this.name = 'DataDirInUseError';
  }
}

/** Start-up words: always Indonesian, the office's language cannot be read yet. */
function inUseWording(
  owner: OwnerRecord | null,
  lockFile: string,
  elsewhere: boolean,
): ErrorWording {
  if (!owner) return { key: 'dataDirInUse.unknownOwner' };
  const held = {
    pid: owner.pid,
    since: sinceWords(owner.since),
    program: programName(owner.program),
  };
  if (elsewhere)
    return { key: 'dataDirInUse.elsewhere', params: { ...held, host: owner.host, lockFile } };
  return { key: 'dataDirInUse.here', params: { ...held, readers } };
}
