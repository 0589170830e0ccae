import { appOrigin } from '../../shared/security/origins';

/*
 * Decisions taken once at launch from argv, environment and Electron's own facts. Pure, so
 * they are tested without Electron; main.ts passes in `app.isPackaged` and friends.
 */

/** `--data-dir /path` or `--data-dir=/path`, as the CLI and the browser host accept it. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--data-dir') {
      const next = argv[index + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined;
  }
  return undefined;
}

export interface RendererEntry {
  /** What the window loads. */
  url: string;
  /** Whose pages may navigate, call the API and hold permissions. */
  origin: string;
  /** Loaded from the Vite dev server, which needs the relaxed development CSP. */
  devServer: boolean;
}

const devServerHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The built renderer at `linimasa://app/index.html`, or the Vite dev server electron-vite names
 * in ELECTRON_RENDERER_URL. The variable is ignored in an installed app and must point at this
 * machine: otherwise a stray environment variable would load a remote page with the API in reach.
 */
export function rendererEntry(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
}): RendererEntry {
  const builtIn: RendererEntry = {
    url: `${appOrigin}/index.html`,
    origin: appOrigin,
    devServer: false,
  };
  const devUrl = options.env.ELECTRON_RENDERER_URL;
  if (options.isPackaged || !devUrl) return builtIn;
  let parsed: URL;
  try {
    parsed = new URL(devUrl);
  } catch {
    return builtIn;
  }
  if (parsed.protocol !== 'http:' || !devServerHosts.has(parsed.hostname)) return builtIn;
  if (parsed.username !== '' || parsed.password !== '') return builtIn;
  return { url: parsed.href, origin: parsed.origin, devServer: true };
}
