// `npm run dev`: electron-vite's dev server with hot reload. Electron needs better-sqlite3 built
// for its own ABI; build it once (cached) and name it, as start.mjs does, so node_modules keeps
// the Node build that tests load.
import { spawn } from 'node:child_process';
import { ensureElectronSqliteBinding, NativeBindingError } from './electron-native.mjs';

let binding;
try {
  binding = ensureElectronSqliteBinding({ log: console.error });
} catch (error) {
  console.error(error instanceof NativeBindingError ? error.message : error);
  console.error(
    'npm run dev butuh Electron dan internet sekali; tanpa itu pakai / use: npm run dev:web',
  );
  process.exit(1);
}

const child = spawn('npx', ['electron-vite', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LINIMASA_ELECTRON_SQLITE_BINDING: binding },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
