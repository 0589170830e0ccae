import type { TextParams } from '../../../shared/api/errors';
import type { OfficeLevel } from '../../../shared/exchange/region';
import { nowIso } from '../clock';
import type { Db } from '../connection';

/** This office as the exchange knows it (migration 19). */
export interface OwnOffice {
  code: string;
  name: string;
  level: OfficeLevel;
  /** Ed25519 public key, 32 raw bytes base64url. */
  publicKey: string;
  /** SHA-256 of the key's raw bytes, 64 hex digits. */
  fingerprint: string;
  createdAt: string;
  folder: string | null;
  nextSeq: number;
}

export interface KnownOffice {
  code: string;
  name: string;
  level: OfficeLevel;
  publicKey: string;
  fingerprint: string;
  addedBy: string;
  addedAt: string;
}

export type ArrivalOutcome = 'applied' | 'refused' | 'duplicate';

export interface Arrival {
  id: number;
  /** `<sender folder>/outbox/<name>`, relative to the exchange folder. */
  file: string;
  sha256: string;
  senderCode: string;
  seq: number | null;
  kind: string | null;
  outcome: ArrivalOutcome;
  reasonKey: string | null;
  reasonParams: TextParams | null;
  at: string;
}

export interface ReceivedFile {
  senderCode: string;
  seq: number;
  sha256: string;
  kind: string;
  fileName: string;
  createdAt: string;
}

interface OwnRow {
  code: string;
  name: string;
  level: OfficeLevel;
  public_key: string;
  fingerprint: string;
  created_at: string;
  folder: string | null;
  next_seq: number;
}

interface OfficeRow {
  code: string;
  name: string;
  level: OfficeLevel;
  public_key: string;
  fingerprint: string;
  added_by: string;
  added_at: string;
}

interface ArrivalRow {
  id: number;
  file: string;
  sha256: string;
  sender_code: string;
  seq: number | null;
  kind: string | null;
  outcome: ArrivalOutcome;
  reason_key: string | null;
  reason_params: string | null;
  at: string;
}

const officeOf = (row: OfficeRow): KnownOffice => ({
  code: row.code,
  name: row.name,
  level: row.level,
  publicKey: row.public_key,
  fingerprint: row.fingerprint,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

const arrivalOf = (row: ArrivalRow): Arrival => ({
  id: row.id,
  file: row.file,
  sha256: row.sha256,
  senderCode: row.sender_code,
  seq: row.seq,
  kind: row.kind,
  outcome: row.outcome,
  reasonKey: row.reason_key,
  reasonParams: row.reason_params ? (JSON.parse(row.reason_params) as TextParams) : null,
  at: row.at,
});

/** The exchange's tables: identity, known offices, received files and the arrivals log. */
export function exchangeRepository(db: Db) {
  const own = db.prepare<[], OwnRow>('SELECT * FROM office_identity WHERE id = 1');
  const office = db.prepare<[string], OfficeRow>('SELECT * FROM known_offices WHERE code = ?');
  const offices = db.prepare<[], OfficeRow>('SELECT * FROM known_offices ORDER BY code');
  const received = db.prepare<[string, number], { sha256: string }>(
    'SELECT sha256 FROM exchange_received WHERE sender_code = ? AND seq = ?',
  );
  const arrivalByFile = db.prepare<[string, string], ArrivalRow>(
    'SELECT * FROM exchange_arrivals WHERE file = ? AND sha256 = ?',
  );
  const fileOutcomes = db.prepare<[string], { outcome: ArrivalOutcome; reason_key: string | null }>(
    'SELECT outcome, reason_key FROM exchange_arrivals WHERE file = ?',
  );
  const insertArrival = db.prepare(
    `INSERT INTO exchange_arrivals
       (file, sha256, sender_code, seq, kind, outcome, reason_key, reason_params, at)
     VALUES (@file, @sha256, @senderCode, @seq, @kind, @outcome, @reasonKey, @reasonParams, @at)
     ON CONFLICT (file, sha256) DO UPDATE SET sender_code = excluded.sender_code,
       seq = excluded.seq, kind = excluded.kind, outcome = excluded.outcome,
       reason_key = excluded.reason_key, reason_params = excluded.reason_params, at = excluded.at`,
  );
  return {
    own(): OwnOffice | null {
      const row = own.get();
      if (!row) return null;
      return {
        code: row.code,
        name: row.name,
        level: row.level,
        publicKey: row.public_key,
        fingerprint: row.fingerprint,
        createdAt: row.created_at,
        folder: row.folder,
        nextSeq: row.next_seq,
      };
    },
    /** Sets this office's card; the key is made once and kept (see keys.ts). */
    setOwn(card: Pick<OwnOffice, 'code' | 'name' | 'level' | 'publicKey' | 'fingerprint'>): void {
      db.prepare(
        `INSERT INTO office_identity (id, code, name, level, public_key, fingerprint, created_at)
         VALUES (1, @code, @name, @level, @publicKey, @fingerprint, @at)
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name,
           level = excluded.level, public_key = excluded.public_key,
           fingerprint = excluded.fingerprint`,
      ).run({ ...card, at: nowIso() });
    },
    setFolder(folder: string | null): void {
      db.prepare('UPDATE office_identity SET folder = ? WHERE id = 1').run(folder);
    },
    /** Takes the next outbox number: at least `atLeast` (what the outbox already holds + 1). */
    takeSeq(atLeast: number): number {
      return db
        .transaction(() => {
          const next = Math.max(own.get()?.next_seq ?? 1, atLeast);
          db.prepare('UPDATE office_identity SET next_seq = ? WHERE id = 1').run(next + 1);
          return next;
        })
        .immediate();
    },
    office(code: string): KnownOffice | null {
      const row = office.get(code);
      return row ? officeOf(row) : null;
    },
    offices(): KnownOffice[] {
      return offices.all().map(officeOf);
    },
    addOffice(entry: Omit<KnownOffice, 'addedAt'>): void {
      db.prepare(
        `INSERT INTO known_offices (code, name, level, public_key, fingerprint, added_by, added_at)
         VALUES (@code, @name, @level, @publicKey, @fingerprint, @addedBy, @addedAt)`,
      ).run({ ...entry, addedAt: nowIso() });
    },
    /** A known office's name or level as it now calls itself (never its key). */
    renameOffice(code: string, name: string, level: OfficeLevel): void {
      db.prepare('UPDATE known_offices SET name = ?, level = ? WHERE code = ?').run(
        name,
        level,
        code,
      );
    },
    /** The SHA-256 of the file applied for this sender and number, or null. */
    receivedHash(senderCode: string, seq: number): string | null {
      return received.get(senderCode, seq)?.sha256 ?? null;
    },
    recordReceived(file: ReceivedFile): void {
      db.prepare(
        `INSERT INTO exchange_received
           (sender_code, seq, sha256, kind, file_name, created_at, received_at)
         VALUES (@senderCode, @seq, @sha256, @kind, @fileName, @createdAt, @receivedAt)`,
      ).run({ ...file, receivedAt: nowIso() });
    },
    /**
     * Has a file of this name been judged for good (files never change after they are written)?
     * A refusal for one of `retryKeys` (an unknown sender…) is not for good.
     */
    fileHandled(file: string, retryKeys: readonly string[]): boolean {
      return fileOutcomes
        .all(file)
        .some((row) => row.outcome !== 'refused' || !retryKeys.includes(row.reason_key ?? ''));
    },
    arrival(file: string, sha256: string): Arrival | null {
      const row = arrivalByFile.get(file, sha256);
      return row ? arrivalOf(row) : null;
    },
    recordArrival(arrival: Omit<Arrival, 'id' | 'at'>): void {
      insertArrival.run({
        ...arrival,
        reasonParams: arrival.reasonParams ? JSON.stringify(arrival.reasonParams) : null,
        at: nowIso(),
      });
    },
    arrivals(limit: number): Arrival[] {
      return db
        .prepare<[number], ArrivalRow>(
          'SELECT * FROM exchange_arrivals ORDER BY at DESC, id DESC LIMIT ?',
        )
        .all(limit)
        .map(arrivalOf);
    },
  };
}

export type ExchangeRepository = ReturnType<typeof exchangeRepository>;
