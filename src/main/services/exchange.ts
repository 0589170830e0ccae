import { statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import type { ArrivalView, ExchangeStatus } from '../../shared/api/methods/exchange';
import { everyOffice, identityFileExtension } from '../../shared/exchange/envelope';
import type { OfficeLevel } from '../../shared/exchange/region';
import type { Db } from '../db/connection';
import { exchangeRepository, type KnownOffice } from '../db/repositories/exchange';
import { exchangeErrors } from '../exchange/errors';
import type { HandlerRegistry } from '../exchange/handlers';
import {
  identityFile,
  importOffice,
  readIdentityFile,
  setOwnIdentity,
  type ExchangeContext,
} from '../exchange/identity';
import { acceptFirstContact, firstContacts } from '../exchange/first-contact';
import { syncOnce, type HashCache, type PassResult } from '../exchange/sync';
import { writeOutboxFile, type WrittenFile } from '../exchange/outbox';

const officeView = (office: KnownOffice) => ({
  code: office.code,
  name: office.name,
  level: office.level,
  fingerprint: office.fingerprint,
  addedBy: office.addedBy,
  addedAt: office.addedAt,
});

/** Settings › Pertukaran antar-kantor and `npm run cli -- exchange …`. */
export function exchangeService(db: Db, dataDir: string, handlers?: HandlerRegistry) {
  const context: ExchangeContext = { db, dataDir };
  const repository = exchangeRepository(db);
  // One pass at a time in this process: "Periksa sekarang" twice, or beside the watcher.
  let running: Promise<PassResult> | null = null;
  const hashCache: HashCache = new Map();

  const status = (): ExchangeStatus => {
    const own = repository.own();
    return {
      identity: own && {
        code: own.code,
        name: own.name,
        level: own.level,
        fingerprint: own.fingerprint,
        folder: own.folder,
      },
      offices: repository.offices().map(officeView),
    };
  };

  return {
    status,
    arrivals(limit = 200): ArrivalView[] {
      const names = new Map(repository.offices().map((office) => [office.code, office.name]));
      return repository.arrivals(limit).map((arrival) => ({
        ...arrival,
        senderName: names.get(arrival.senderCode) ?? null,
      }));
    },
    setIdentity(office: { code: string; name: string; level: OfficeLevel }): ExchangeStatus {
      setOwnIdentity(context, office);
      return status();
    },
    setFolder(folder: string | null): ExchangeStatus {
      if (!repository.own()) throw exchangeErrors.notSetUp();
      if (folder !== null) {
        let isFolder: boolean;
        try {
          isFolder = statSync(folder).isDirectory();
        } catch {
          isFolder = false;
        }
        if (!isFolder) throw exchangeErrors.folderMissing(folder);
      }
      repository.setFolder(folder);
      return status();
    },
    identityFile(): { fileName: string; text: string } {
      const file = identityFile(context);
      return {
        fileName: `${file.office.code}${identityFileExtension}`,
        text: `${JSON.stringify(file, null, 2)}\n`,
      };
    },
    readIdentity(text: string) {
      const { office, fingerprint } = readIdentityFile(text);
      return { name: office.name, code: office.code, level: office.level, fingerprint };
    },
    importOffice(text: string, fingerprint: string, addedBy: string) {
      const { office, added } = importOffice(context, text, fingerprint, addedBy);
      return { office: officeView(office), added };
    },
    /**
     * Offices whose identity card lies in the folder, not known here with that key. Empty
     * until this office and its folder are set up, or while the folder cannot be read (the
     * pass says why).
     */
    async firstContacts() {
      const own = repository.own();
      if (!own?.folder) return [];
      try {
        return await firstContacts(context);
      } catch (error) {
        if (error instanceof AppError) return []; // the folder is gone (a flash drive pulled)
        throw error;
      }
    },
    /** "Kenali kantor ini": the office from its card in the folder, fingerprint confirmed. */
    async acceptOffice(code: string, fingerprint: string, addedBy: string) {
      const { office, added } = await acceptFirstContact(context, code, fingerprint, addedBy);
      return { office: officeView(office), added };
    },
    /** Forgets a known office: its files are refused until its identity is imported again. */
    removeOffice(code: string): ExchangeStatus {
      if (!repository.removeOffice(code)) throw exchangeErrors.officeUnknown(code);
      return status();
    },
    /** This office's card into its outbox, for every office (a new name reaches the others). */
    sendIdentity(): Promise<WrittenFile> {
      const own = repository.own();
      if (!own) throw exchangeErrors.notSetUp();
      const card = { name: own.name, code: own.code, level: own.level, publicKey: own.publicKey };
      return writeOutboxFile(context, 'identity', [everyOffice], card);
    },
    sync(): Promise<PassResult> {
      running ??= syncOnce(context, { hashCache, ...(handlers && { handlers }) }).finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type ExchangeService = ReturnType<typeof exchangeService>;
