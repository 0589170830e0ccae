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
