import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ListenAddressError,
  parseListenAddress,
  type ListenAddress,
} from '../network/listen-address';

export const serveUsage = `Pemakaian: npm run serve -- --listen ALAMAT:PORT [--listen …] [pilihan]

Menjalankan Linimasa sebagai komputer kantor: rekan membukanya di peramban mereka lewat
jaringan kantor, masing-masing masuk dengan nama pengguna dan kata sandinya.
  --listen ALAMAT:PORT  alamat yang dilayani, boleh berulang; 0.0.0.0:8080 = semua jaringan
  --data-dir FOLDER     folder data (bawaan: LINIMASA_DATA_DIR atau folder data aplikasi)
  --name NAMA           nama komputer ini di jaringan (mis. humas-pc.local), boleh berulang
  --tls                 HTTPS dengan sertifikat buatan sendiri (dibuat sekali di <data>/tls/)
  --tls-cert BERKAS     HTTPS dengan sertifikat kantor (PEM), bersama --tls-key
  --tls-key BERKAS      kunci sertifikat itu (PEM)`;

export interface ServeOptions {
  dataDir?: string;
  listen: ListenAddress[];
  names: string[];
  /** `self-signed`: --tls; `files`: --tls-cert/--tls-key; none: plain HTTP. */
  tls: { kind: 'self-signed' } | { kind: 'files'; cert: string; key: string } | null;
}

export type ServeArgs =
  | { ok: true; help: true }
  | { ok: true; help?: false; options: ServeOptions }
  | { ok: false; message: string };

/** A host name as DNS spells it (`humas-pc.local`, `linimasa`): letters, digits, hyphens, dots. */
const hostName =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The serve command's arguments, each mistake told in the office's words (exit code 2). */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let values: {
    'data-dir'?: string;
    listen?: string[];
    name?: string[];
    tls?: boolean;
    'tls-cert'?: string;
    'tls-key'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        listen: { type: 'string', multiple: true },
        name: { type: 'string', multiple: true },
        tls: { type: 'boolean' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: argumentWords(error as Error & { code?: string }) };
  }
  if (values.help) return { ok: true, help: true };
  if (!values.listen?.length) {
    return {
      ok: false,
      message: 'Sebutkan alamat yang dilayani: --listen ALAMAT:PORT, mis. --listen 0.0.0.0:8080.',
    };
  }
  const listen: ListenAddress[] = [];
  for (const text of values.listen) {
    try {
      listen.push(parseListenAddress(text));
    } catch (error) {
      if (error instanceof ListenAddressError) return { ok: false, message: error.message };
      throw error;
    }
  }
  const names = values.name ?? [];
  const badName = names.find((name) => !hostName.test(name));
  if (badName !== undefined) {
    return {
      ok: false,
      message: `Nama "${badName}" bukan nama komputer yang sah (huruf, angka, tanda hubung dan titik, mis. humas-pc.local).`,
    };
  }
  const cert = values['tls-cert'];
  const key = values['tls-key'];
  if (values.tls && (cert || key)) {
    return {
      ok: false,
      message:
        'Pilih salah satu: --tls (sertifikat buatan sendiri) atau --tls-cert dengan --tls-key.',
    };
  }
  if (Boolean(cert) !== Boolean(key)) {
    return {
      ok: false,
      message: cert
        ? '--tls-cert memerlukan --tls-key: berikan juga berkas kunci sertifikat itu.'
        : '--tls-key memerlukan --tls-cert: berikan juga berkas sertifikatnya.',
    };
  }
  for (const [file, what] of [
    [cert, 'Berkas sertifikat'],
    [key, 'Berkas kunci'],
  ] as const) {
    if (file && !existsSync(file))
      return { ok: false, message: `${what} ${file} tidak ditemukan.` };
  }
  return {
    ok: true,
    options: {
      ...(values['data-dir'] !== undefined && { dataDir: values['data-dir'] }),
      listen,
      names,
      tls: values.tls ? { kind: 'self-signed' } : cert && key ? { kind: 'files', cert, key } : null,
    },
  };
}

/** node:util's parseArgs speaks English; the office reads Indonesian. */
function argumentWords(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Pilihan ${option} tidak dikenal.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Pilihan ${option.split(' ')[0]} memerlukan nilai, atau tidak menerima nilai.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'Argumen tanpa nama pilihan tidak dikenal: tulis --listen, --data-dir, dan seterusnya.';
    default:
      return 'Argumen tidak dapat dibaca.';
  }
}
