import { toString as qrCode } from 'qrcode';
import type { TlsMaterial } from '../network/certificate';
import type { WebHost } from './host';
import { hostCertificate } from './host-certificate';
import { failedToStart, runHost } from './run-host';
import { parseServeArgs, serveUsage, type ServeOptions } from './serve-args';

/**
 * `npm run serve -- --listen ADDRESS:PORT …`: this computer becomes the office's host. Prints
 * every address colleagues can open (per network card for 0.0.0.0) with a QR code each, and the
 * certificate's fingerprint under TLS. Wrong arguments: their words and exit code 2.
 */
async function main(argv: string[]): Promise<void> {
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) {
    console.error(`${parsed.message}\n\n${serveUsage}`);
    process.exit(2);
  }
  if (parsed.help) return void console.log(serveUsage);
  const { options } = parsed;
  await runHost({
    dataDir: options.dataDir,
    options: async (dataDir) => ({
      listen: options.listen,
      names: options.names,
      tls: await certificate(options, dataDir),
    }),
    ready: (host, dataDir) => printReady(host, dataDir),
  });
}

async function certificate(
  options: ServeOptions,
  dataDir: string,
): Promise<TlsMaterial | undefined> {
  const made = await hostCertificate(dataDir, options.tls, options);
  if (made?.created) console.log('Sertifikat HTTPS baru dibuat di folder data (tls/).');
  return made;
}

async function printReady(host: WebHost, dataDir: string): Promise<void> {
  const { addresses, fingerprint } = host.http;
  console.log('Linimasa siap sebagai komputer kantor.');
  if (addresses.length === 0) {
    console.log('Hanya komputer ini yang dilayani (127.0.0.1): rekan belum dapat membukanya.');
  } else {
    console.log('Rekan membukanya di peramban lewat salah satu alamat ini:');
  }
  for (const address of addresses) {
    console.log(`\n  ${address.url}   (${address.label})`);
    console.log(await qrCode(address.url, { type: 'terminal', small: true }));
  }
  if (fingerprint) {
    console.log(`Sidik jari sertifikat (SHA-256), cocokkan di peramban rekan:\n  ${fingerprint}`);
  } else {
    console.log(
      'Tanpa HTTPS: kata sandi terkirim apa adanya di jaringan kantor. Jalankan dengan --tls untuk mengenkripsi.',
    );
  }
  console.log(`Di komputer ini: ${host.url}`);
  console.log(`Data: ${dataDir}`);
  console.log('Ctrl+C untuk berhenti');
}

main(process.argv.slice(2)).catch(failedToStart);
