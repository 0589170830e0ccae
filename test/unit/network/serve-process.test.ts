import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { repo, start } from '../ownership/children';
import { apiCall } from '../transports/raw-request';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

/** A free port on the second loopback address (the office LAN's stand-in). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.2', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Real processes started through tsx: under two loaded cores a start alone took 12 s here. A
// ceiling, not a pace; every wait below is for a line or an answer.
const processTimeout = 120_000;

describe('npm run serve', () => {
  it(
    'refuses wrong arguments with their words and exit code 2',
    async () => {
      const child = start(join(repo, 'src/main/web/serve-cli.ts'), ['--listen', 'kantor:80']);
      expect(await child.exited).toEqual({ code: 2, signal: null });
      expect(child.err()).toMatch(/bukan alamat IPv4/);
      expect(child.err()).toMatch(/Pemakaian: npm run serve/);
    },
    processTimeout,
  );

  it(
    'stops on SIGTERM: finishes the running upload, closes the database, says so',
    async () => {
      const root = tempDir();
      // A folder whose built renderer is "fresh" (no sources), so nothing is built.
      const cwd = join(root, 'cwd');
      mkdirSync(join(cwd, 'out', 'renderer'), { recursive: true });
      writeFileSync(join(cwd, 'out', 'renderer', 'index.html'), '<!doctype html><title>L</title>');
      const dataDir = join(root, 'data');
      const port = await freePort();
      const origin = `http://127.0.0.2:${port}`;
      const child = start(
        join(repo, 'src/main/web/serve-cli.ts'),
        ['--data-dir', dataDir, '--listen', `127.0.0.2:${port}`],
        cwd,
      );
      try {
        await child.line(/Ctrl\+C untuk berhenti/);
        expect(child.out()).toContain(`${origin}/`);
        expect(child.out()).toMatch(/tidak dienkripsi|Tanpa HTTPS/);
        const setup = await apiCall(origin, 'auth.setup', {
          name: 'Admin Humas',
          userName: 'admin',
          password: 'jadwal humas aman',
        });
        expect(setup.status, setup.body).toBe(200);
        const cookie = String(setup.headers['set-cookie']).split(';')[0]!;

        const photo = await sharp({
          create: { width: 64, height: 48, channels: 3, background: '#3a7' },
        })
          .jpeg()
          .toBuffer();
        // The upload's headers are in (100 Continue) before the signal; its body only after.
        const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
          const upload = request(
            {
              host: '127.0.0.2',
              port,
              path: '/upload?name=foto-rapat.jpg',
              method: 'POST',
              headers: {
                cookie,
                'content-type': 'application/octet-stream',
                'content-length': photo.length,
                expect: '100-continue',
              },
            },
            (res) => {
              let body = '';
              res.on('data', (chunk: Buffer) => (body += chunk.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          upload.on('error', reject);
          upload.on('continue', () => {
            child.proc.kill('SIGTERM');
            void child.line(/menyelesaikan permintaan/).then(() => upload.end(photo), reject);
          });
          upload.flushHeaders();
        });
        const finished = await answer;
        expect(finished.status, finished.body).toBe(200);
        expect(JSON.parse(finished.body)).toMatchObject({ ok: true });
        expect(await child.exited).toEqual({ code: 0, signal: null });
        expect(child.out()).toMatch(/Linimasa berhenti\.\n/);
        // The database was closed: SQLite folded its WAL back into the file.
        expect(existsSync(join(dataDir, 'linimasa.db-wal'))).toBe(false);
      } finally {
        if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
      }
    },
    processTimeout,
  );
});
