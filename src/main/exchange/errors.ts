import { AppError, type ErrorCode, type ErrorKey, type TextParams } from '../../shared/api/errors';

type ExchangeKey = Extract<ErrorKey, `exchange.${string}`>;

/**
 * An exchange step refused: this office's identity, another office's card, or a file of the
 * folder. Worded from `errors.exchange.*`; a file's refusal is recorded with the same key and
 * parameters in the arrivals log (a damaged zip keeps the bundle's own `bundle.*` words).
 */
export class ExchangeError extends AppError {
  constructor(key: ExchangeKey, params?: TextParams, code: ErrorCode = 'invalid_request') {
    super(code, { key, ...(params && { params }) });
    this.name = 'ExchangeError';
  }
}

export const exchangeErrors = {
  notSetUp: () => new ExchangeError('exchange.notSetUp', undefined, 'conflict'),
  folderNotSet: () => new ExchangeError('exchange.folderNotSet', undefined, 'conflict'),
  folderMissing: (folder: string) => new ExchangeError('exchange.folderMissing', { folder }),
  levelMismatch: (code: string) => new ExchangeError('exchange.levelMismatch', { code }),
  keyMissing: () => new ExchangeError('exchange.keyMissing', undefined, 'conflict'),
  identityUnreadable: () => new ExchangeError('exchange.identityUnreadable'),
  identityFuture: (version: number) => new ExchangeError('exchange.identityFuture', { version }),
  identitySignature: () => new ExchangeError('exchange.identitySignature'),
  fingerprintMismatch: () => new ExchangeError('exchange.fingerprintMismatch'),
  ownIdentity: () => new ExchangeError('exchange.ownIdentity'),
  keyChanged: (code: string, name: string) =>
    new ExchangeError('exchange.keyChanged', { code, name }, 'conflict'),
  officeUnknown: (code: string) =>
    new ExchangeError('exchange.officeUnknown', { code }, 'not_found'),
  keyInUse: (code: string) => new ExchangeError('exchange.keyInUse', { code }, 'conflict'),
  noIdentityCard: (code: string) =>
    new ExchangeError('exchange.noIdentityCard', { code }, 'not_found'),
  // A file of the folder:
  notEnvelope: () => new ExchangeError('exchange.notEnvelope'),
  futureSchema: (version: number, supported: number) =>
    new ExchangeError('exchange.futureSchema', { version, supported }),
  invalidEnvelope: (detail: string) => new ExchangeError('exchange.invalidEnvelope', { detail }),
  senderMismatch: (folder: string, sender: string) =>
    new ExchangeError('exchange.senderMismatch', { folder, sender }),
  nameMismatch: () => new ExchangeError('exchange.nameMismatch'),
  unknownSender: (code: string) => new ExchangeError('exchange.unknownSender', { code }),
  badSignature: (code: string) => new ExchangeError('exchange.badSignature', { code }),
  wrongRecipient: (code: string) => new ExchangeError('exchange.wrongRecipient', { code }),
  unknownKind: (kind: string) => new ExchangeError('exchange.unknownKind', { kind }),
  seqReused: (seq: number) => new ExchangeError('exchange.seqReused', { seq }),
  invalidPayload: (detail: string) => new ExchangeError('exchange.invalidPayload', { detail }),
};
