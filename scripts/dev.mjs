// `npm run dev`: electron-vite's dev server with hot reload. electron-vite's bin runs with this
// Node (no `npx`: on Windows that is a .cmd shim, which Node will not spawn without a shell).
import { spawn } from 'node:child_process';
import { repoRoot, resolveBin } from './lib/package-bin.mjs';
import { electronEnv } from './lib/start-plan.mjs';

const electronVite = resolveBin(repoRoot, 'electron-vite');
if (!electronVite) {
  console.error('electron-vite belum terpasang: jalankan npm install dulu.');
  process.exit(1);
}
const child = spawn(process.execPath, [electronVite, 'dev', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: electronEnv(process.env),
});
child.on('error', (error) => {
  console.error(`npm run dev tidak dapat dijalankan: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
