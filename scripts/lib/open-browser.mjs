// Opening the office's default browser at the local host's address, when `npm start` falls back
// to the browser. Pure decisions (unit-tested, nothing is ever opened in a test); start.mjs runs
// the command it gets, detached, and ignores a failure: the address is printed either way.

/** The address the http host prints once it listens ("… open in a browser: <url>"), or null. */
export function hostUrlIn(line) {
  const match = /(https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+\/\S*)/.exec(line);
  return match ? match[1] : null;
}

/**
 * A stdout tee that calls `onUrl` once, with the first host address in the stream (which may
 * arrive split across chunks).
 */
export function watchForHostUrl(onUrl) {
  let found = false;
  let pending = '';
  return (text) => {
    if (found) return;
    pending += text;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const url = hostUrlIn(line);
      if (url) {
        found = true;
        onUrl(url);
        return;
      }
    }
  };
}

/**
 * The command that opens `url` in the default browser, or null when none should run: in CI,
 * with LINIMASA_NO_BROWSER=1, on a Linux box without a display (SSH), or for an address that is
 * not this machine's (only the local host's own URL is ever opened).
 */
export function browserOpenCommand(url, { platform, env, hasDisplay }) {
  if (env.CI || env.LINIMASA_NO_BROWSER === '1' || !hasDisplay) return null;
  if (hostUrlIn(url) !== url) return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') {
    // `start` is a cmd built-in. The URL holds `&`-free query text (…/?token=hex), but quote it
    // anyway; the empty "" is start's window title, without which it takes the URL for one.
    return {
      command: env.ComSpec || 'cmd.exe',
      args: ['/d', '/s', '/c', `start "" "${url}"`],
      windowsVerbatimArguments: true,
    };
  }
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url` in the default browser with the platform's own opener (xdg-open, open, start), or
 * says why not. It never throws and never stops the host: the host has already printed the
 * address (supervise.mjs writes the child's output before handing it to the watcher), and every
 * line here points back to it. `spawn` is node:child_process's, injected so tests launch nothing.
 *
 * Not the `open` package: it does the same three commands plus app selection and WSL detection we
 * do not need, and its bundled xdg-open copy would be one more file to keep; the decisions above
 * are ours and unit-tested, and only the local host's own loopback address is ever passed on.
 *
 * Resolves to 'opened' (the opener ran and did not report a failure), 'skipped' or 'failed'.
 */
export function openHostInBrowser(url, { platform, env, hasDisplay, spawn, log }) {
  const open = browserOpenCommand(url, { platform, env, hasDisplay });
  if (!open) {
    log('Peramban tidak dibuka otomatis di sini; buka alamat di atas di peramban.');
    return Promise.resolve('skipped');
  }
  const failed = (why) => {
    log(`Peramban bawaan tidak dapat dibuka (${why}); buka alamat di atas di peramban.`);
    return 'failed';
  };
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(open.command, open.args, {
        stdio: 'ignore',
        detached: true,
        windowsVerbatimArguments: open.windowsVerbatimArguments,
      });
    } catch (error) {
      resolve(failed(error?.code ?? error?.message ?? String(error)));
      return;
    }
    let settled = false;
    const settle = (value) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    // No opener installed (ENOENT): the 'error' event, not a throw.
    child.once('error', (error) =>
      settle(failed(`${open.command}: ${error.code ?? error.message}`)),
    );
    // xdg-open exits non-zero when no browser is set up; open and start hand over and exit 0.
    child.once('exit', (code) =>
      settle(code === 0 || code === null ? 'opened' : failed(`${open.command} keluar ${code}`)),
    );
    child.unref();
  });
}
