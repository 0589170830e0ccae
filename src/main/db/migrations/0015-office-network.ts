import type { Database } from 'better-sqlite3';

/**
 * The desktop app's switch "Buka untuk jaringan kantor" (issue 14): the address and port to
 * serve the office network on (`network_listen`, `0.0.0.0:8080`; NULL: closed, this computer
 * only) and whether to serve it over HTTPS with the host's own certificate (`network_tls`). The
 * desktop app reads them at its next start; existing offices stay closed.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN network_listen TEXT
      CHECK (network_listen IS NULL OR length(network_listen) BETWEEN 9 AND 21);
    ALTER TABLE settings ADD COLUMN network_tls INTEGER NOT NULL DEFAULT 0
      CHECK (network_tls IN (0, 1));
  `);
}
