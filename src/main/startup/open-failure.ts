import { AppError } from '../../shared/api/errors';
import { recoveryHint } from '../backup/restore';
import { MissingDatabaseError, missingDatabaseCommands } from './missing-database';

/**
 * Why the data directory did not open, and the way on: a missing database gets its two
 * explicit choices; a full disk or a newer database its own words (a restore would not help);
 * anything else the newest backup and the command that restores it.
 */
export function openFailure(error: unknown, dataDir: string): string[] {
  if (error instanceof MissingDatabaseError) {
    return [error.message, '', ...missingDatabaseCommands(error)];
  }
  if (error instanceof AppError) return [error.message];
  const hint = recoveryHint(dataDir);
  return [
    `Gagal membuka data: ${error instanceof Error ? error.message : String(error)}`,
    ...(hint ? [hint] : []),
  ];
}
