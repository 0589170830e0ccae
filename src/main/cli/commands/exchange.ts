import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { formatFingerprint } from '../../../shared/exchange/fingerprint';
import { isRegionCode, officeLevels, type OfficeLevel } from '../../../shared/exchange/region';
import { translate } from '../../../shared/i18n/translate';
import { atomicWriteText } from '../../exchange/text-file';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { keyedText } from '../words';
import { settingsRepository } from '../../db/repositories/settings';
import { cliTime } from './bundle-differences';
import type { ExchangeService } from '../../services/exchange';
import type { FirstContactView } from '../../../shared/api/methods/exchange';

const say = (key: string, params: Record<string, string | number> = {}) =>
  translate('id', `exchange.${key}`, params);

/** "paket konten", "laporan", … from the catalog; a kind it does not know, by its name. */
const kindWord = (kind: string) =>
  ['identity', 'pack', 'report'].includes(kind) ? say(`kind.${kind}`) : say('kind.other', { kind });

/** `kabupaten-kota` on the command line (a dash is what people type), `kabupaten_kota` stored. */
const levelFlag = (value: string): OfficeLevel | undefined =>
  officeLevels.find((level) => level.replace('_', '-') === value);

function osUser(): string {
  try {
    return userInfo().username || '?';
  } catch {
    return '?';
  }
}

const fromWhere = (io: CliIo, path: string) =>
  isAbsolute(path) ? path : resolve(io.env.INIT_CWD ?? process.cwd(), path);

const subcommands = ['sync', 'status', 'setup', 'folder', 'identity', 'forget'] as const;

/**
 * `exchange sync | status | setup | folder DIR | identity export --out F | identity import F
 * --confirm SIDIK-JARI | identity accept KODE --fingerprint SIDIK-JARI | identity send | forget
 * KODE` (`send`: this office's card into its outbox, for every office, how a new name reaches the
 * others; `accept`: first contact, the office from the card it put into the folder, once the
 * fingerprint it read out matches; `forget`: a known office removed so that its new key can be
 * imported): the exchange between offices from the command line, for scripts and
 * tests. `sync` is the app's "Periksa sekarang": one pass, nothing written into the folder.
 * Exit codes as the other commands: 0 done (refused files are a result, listed with their
 * reasons), 1 failed (also: a file could not be read at all), 2 wrong command line.
 */
export const exchangeCommand: CliCommand = {
  name: 'exchange',
  owner: true,
  positionals: true,
  arguments:
    'sync|status|setup|folder DIR|identity export|identity import BERKAS|identity accept KODE|identity send|forget KODE',
  summary: 'pertukaran antar-kantor lewat folder bersama (Syncthing/flashdisk)',
  options: {
    code: { type: 'string', description: 'setup: kode wilayah, 73 (provinsi) atau 73.06' },
    name: { type: 'string', description: 'setup: nama kantor' },
    level: { type: 'string', description: 'setup: provinsi | kabupaten-kota' },
    out: { type: 'string', description: 'identity export: berkas tujuan .linimasa-kantor.json' },
    confirm: {
      type: 'string',
      description: 'identity import: sidik jari yang dibacakan kantor pengirim',
    },
    fingerprint: {
      type: 'string',
      description: 'identity accept: sidik jari yang dibacakan kantor baru (harus sama)',
    },
  },
  validate(values, positionals) {
    const [sub, action, file] = positionals;
    if (!subcommands.includes(sub as (typeof subcommands)[number])) {
      throw new UsageError(`exchange butuh salah satu dari: ${subcommands.join(', ')}.`);
    }
    if (sub === 'setup') {
      const code = typeof values.code === 'string' ? values.code.trim() : '';
      if (!isRegionCode(code)) {
        throw new UsageError('--code harus NN (provinsi, mis. 73) atau NN.NN (mis. 73.06).');
      }
      if (typeof values.name !== 'string' || values.name.trim() === '') {
        throw new UsageError('--name (nama kantor) wajib diisi.');
      }
      if (!levelFlag(String(values.level))) {
        throw new UsageError('--level harus provinsi atau kabupaten-kota.');
      }
    }
    if (sub === 'folder' && positionals.length !== 2) {
      throw new UsageError('exchange folder butuh tepat satu folder.');
    }
    if (sub === 'forget' && (positionals.length !== 2 || !isRegionCode(action ?? ''))) {
      throw new UsageError('exchange forget butuh tepat satu kode wilayah, mis. 73.06.');
    }
    if (sub === 'identity') {
      if (action === 'export') {
        if (typeof values.out !== 'string' || values.out === '') {
          throw new UsageError('--out BERKAS wajib diisi.');
        }
      } else if (action === 'import') {
        if (!file || positionals.length !== 3) {
          throw new UsageError('exchange identity import butuh tepat satu berkas.');
        }
        if (typeof values.confirm !== 'string' || values.confirm.trim() === '') {
          throw new UsageError(
            '--confirm SIDIK-JARI wajib: cocokkan dulu sidik jarinya dengan kantor pengirim (telepon).',
          );
        }
      } else if (action === 'accept') {
        if (positionals.length !== 3 || !isRegionCode(file ?? '')) {
          throw new UsageError(
            'exchange identity accept butuh tepat satu kode wilayah, mis. 73.06.',
          );
        }
        if (typeof values.fingerprint !== 'string' || values.fingerprint.trim() === '') {
          throw new UsageError(
            '--fingerprint SIDIK-JARI wajib: cocokkan dulu sidik jarinya dengan kantor itu (telepon).',
          );
        }
      } else if (action !== 'send') {
        throw new UsageError('exchange identity butuh export, import, accept atau send.');
      }
    } else if (sub !== 'folder' && sub !== 'forget' && positionals.length !== 1) {
      throw new UsageError(`Argumen tak terduga: ${positionals.slice(1).join(' ')}`);
    }
  },
  async run(app, values, io, positionals) {
    const exchange = app.services.exchange;
    const [sub, action, file] = positionals;
    switch (sub) {
      case 'setup': {
        const status = exchange.setIdentity({
          code: String(values.code).trim(),
          name: String(values.name).trim(),
          level: levelFlag(String(values.level))!,
        });
        io.out(`${say('identity.saved')} ${status.identity!.name} (${status.identity!.code})`);
        io.out(
          `${say('identity.fingerprint')}: ${formatFingerprint(status.identity!.fingerprint)}`,
        );
        return 0;
      }
      case 'folder': {
        const status = exchange.setFolder(fromWhere(io, action!));
        io.out(`${say('folder.saved')} ${status.identity!.folder}`);
        // The app puts the card into a newly chosen folder itself; a script decides what it
        // writes into a shared folder, so here it is a step of its own, named.
        io.out(say('folder.sendCard'));
        return 0;
      }
      case 'identity': {
        if (action === 'export') {
          const { text } = exchange.identityFile();
          const target = fromWhere(io, String(values.out));
          await atomicWriteText(target, text);
          io.out(say('identity.exported', { file: target }));
          return 0;
        }
        if (action === 'send') {
          const written = await exchange.sendIdentity();
          io.out(say('identity.sent', { file: written.file }));
          return 0;
        }
        const who = `CLI di komputer ini (${osUser()})`;
        if (action === 'accept') {
          const { office, added } = await exchange.acceptOffice(
            file!,
            String(values.fingerprint),
            who,
          );
          io.out(say(added ? 'importDialog.added' : 'importDialog.known', office));
          return 0;
        }
        const text = readFileSync(fromWhere(io, file!), 'utf8');
        const { office, added } = exchange.importOffice(text, String(values.confirm), who);
        io.out(say(added ? 'importDialog.added' : 'importDialog.known', office));
        return 0;
      }
      case 'forget': {
        exchange.removeOffice(action!);
        io.out(say('offices.removed', { code: action! }));
        return 0;
      }
      case 'status':
        printStatus(io, exchange, settingsRepository(app.db).get().timeZone);
        printFirstContacts(io, await exchange.firstContacts());
        return 0;
      default: {
        const pass = await exchange.sync();
        const names = new Map(exchange.status().offices.map((o) => [o.code, o.name]));
        let failed = 0;
        const counts = { applied: 0, refused: 0, waiting: 0 };
        for (const item of pass.items) {
          const from = `${names.get(item.senderCode) ?? item.senderCode} (${item.senderCode})`;
          const what = say('arrivals.item', { kind: kindWord(item.kind), seq: item.seq });
          if (item.outcome === 'applied') {
            counts.applied++;
            io.out(`${say('arrivals.applied')}: ${what} dari ${from}`);
          } else if (item.outcome === 'duplicate') {
            io.out(`${say('arrivals.duplicate')}: ${what} dari ${from}`);
          } else if (item.outcome === 'refused') {
            counts.refused++;
            const reason = keyedText({
              message: '',
              key: item.reasonKey,
              params: item.reasonParams,
            });
            io.out(`${say('arrivals.refused')}: ${item.file}: ${reason}`);
          } else if (item.outcome === 'waiting') {
            counts.waiting++;
            io.out(say('arrivals.waiting', { file: item.file }));
          } else {
            failed++;
            io.err(say('arrivals.failed', { file: item.file, detail: item.detail ?? '' }));
          }
        }
        io.out(say('arrivals.checked', counts));
        return failed > 0 ? 1 : 0;
      }
    }
  },
};

function printStatus(io: CliIo, exchange: ExchangeService, zone: string): void {
  const status = exchange.status();
  const arrivals = exchange.arrivals(20);
  const own = status.identity;
  if (!own) {
    io.out(say('identity.notSet'));
    return;
  }
  io.out(`${say('identity.heading')}: ${own.name} (${own.code}, ${say(`level.${own.level}`)})`);
  io.out(`${say('identity.fingerprint')}: ${formatFingerprint(own.fingerprint)}`);
  io.out(`${say('folder.heading')}: ${own.folder ?? say('folder.none')}`);
  io.out('');
  io.out(`${say('offices.heading')}:`);
  if (status.offices.length === 0) io.out(`  ${say('offices.empty')}`);
  for (const office of status.offices) {
    io.out(`  ${office.code}  ${office.name} (${say(`level.${office.level}`)})`);
    io.out(`        ${formatFingerprint(office.fingerprint)}`);
  }
  io.out('');
  io.out(`${say('arrivals.heading')}:`);
  if (arrivals.length === 0) io.out(`  ${say('arrivals.empty')}`);
  for (const arrival of arrivals) {
    const what = say('arrivals.item', {
      kind: kindWord(arrival.kind ?? '?'),
      seq: arrival.seq ?? '?',
    });
    const from = `${arrival.senderName ?? arrival.senderCode} (${arrival.senderCode})`;
    const result =
      arrival.outcome === 'refused'
        ? `${say('arrivals.refused')}: ${keyedText({ message: '', key: arrival.reasonKey ?? undefined, params: arrival.reasonParams ?? undefined })}`
        : say(`arrivals.${arrival.outcome}`);
    io.out(`  ${cliTime(arrival.at, zone)}  ${from}  ${what}  ${result}`);
  }
}

/** Cards of offices not known here with their key, as Settings shows them above the log. */
function printFirstContacts(io: CliIo, contacts: FirstContactView[]): void {
  if (contacts.length === 0) return;
  io.out('');
  io.out(`${say('firstContact.heading')}:`);
  for (const { name, code, level: levelKey, fingerprint, keyDiffers } of contacts) {
    const level = say(`level.${levelKey}`);
    if (keyDiffers) {
      io.out(`  ${say('firstContact.keyDiffers')}: ${name} (${code}), ${level}`);
    } else {
      io.out(`  ${say('firstContact.newOffice', { name, code, level })}`);
    }
    io.out(`        ${formatFingerprint(fingerprint)}`);
  }
}
