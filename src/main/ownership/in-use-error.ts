import { AppError } from '../../shared/api/errors';

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
    super('conflict', inUseMessage(owner, lockFile, elsewhere));
    this.name = 'DataDirInUseError';
  }
}

function inUseMessage(owner: OwnerRecord | null, lockFile: string, elsewhere: boolean): string {
  if (!owner) {
    return (
      'Linimasa sudah terbuka untuk folder ini (berkas kunci sedang ditulis oleh proses lain). ' +
      'Tunggu sebentar lalu coba lagi.'
    );
  }
  const held = `(pid ${owner.pid}, sejak ${sinceWords(owner.since)})`;
  if (elsewhere) {
    return (
      `Linimasa sudah terbuka untuk folder ini di komputer lain, "${owner.host}" ${held}, oleh ` +
      `${programName(owner.program)}. Dari komputer ini tidak dapat diperiksa apakah masih berjalan. ` +
      `Tutup Linimasa di komputer itu lalu coba lagi. Bila di sana Linimasa sudah tidak berjalan ` +
      `(misalnya komputer itu mati mendadak), hapus berkas kunci ${lockFile} lalu coba lagi.`
    );
  }
  return (
    `Linimasa sudah terbuka untuk folder ini ${held}, oleh ${programName(owner.program)}. ` +
    'Pakai yang sudah terbuka itu, atau tutup dulu lalu coba lagi. ' +
    `Perintah yang hanya membaca (${readers}) tetap bisa dijalankan.`
  );
}
