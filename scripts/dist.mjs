// `npm run dist [-- <electron-builder args, e.g. --win --x64>]`: the installers.
//   1. the targets: x64 and arm64 only (Electron 45 runs on 64-bit Windows 10+, macOS 13+,
//      Linux x64/arm64), each checked for its native files in node_modules (better-sqlite3's
//      prebuild, sharp's @img packages) — a Windows package needs Windows's sharp installed;
//   2. electron-vite build (always: an installer must not ship a stale bundle);
//   3. electron-builder --config electron-builder.yml <args>; its afterPack hook checks the
//      packed app again (scripts/lib/electron-builder-hooks.mjs).
// Failures end in one readable message and a non-zero exit, not a stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DistTargetError, distTargets, nativeCheckMessage } from './lib/dist-targets.mjs';
import { repoRoot as root, resolveBin } from './lib/package-bin.mjs';

const args = process.argv.slice(2);

class DistError extends Error {}

function runNode(script, scriptArgs, what) {
  if (!script) throw new DistError(`${what} belum terpasang (jalankan npm install)`);
  const result = spawnSync(process.execPath, [script, ...scriptArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new DistError(
      `${what} gagal (${result.error?.message ?? `kode ${result.status ?? result.signal}`})`,
    );
}

try {
  const targets = distTargets(args);
  const refusal = nativeCheckMessage(join(root, 'node_modules'), targets);
  if (refusal) throw new DistError(`\n${refusal}`);
  console.log(`dist: ${targets.map((target) => target.label).join(', ')}`);

  console.log('dist: electron-vite build');
  runNode(resolveBin(root, 'electron-vite'), ['build'], 'electron-vite build');

  console.log(`dist: electron-builder --config electron-builder.yml ${args.join(' ')}`.trimEnd());
  try {
    runNode(
      resolveBin(root, 'electron-builder'),
      ['--config', 'electron-builder.yml', ...args],
      'electron-builder',
    );
  } catch (error) {
    throw new DistError(
      `${error.message}; lihat keluarannya di atas. Pemaketan pertama per platform mengunduh zip ` +
        'Electron (dan di Windows/macOS alat NSIS/DMG) dari GitHub, jadi butuh internet.',
    );
  }
} catch (error) {
  if (!(error instanceof DistError || error instanceof DistTargetError)) throw error;
  // Every step throws with a message that says what failed and why; the tools' own output holds
  // the details, so no stack trace here.
  console.error(`npm run dist gagal: ${error.message}`);
  process.exit(1);
}
