// Why Electron did not come up, in words an office can act on. `npm start` shows these before it
// falls back to the browser, so a failed start is never a silent exit. Pure functions over what
// the start script observed (exit code, signal, the tail of Electron's stderr, a few facts about
// the machine); unit-tested in test/unit/scripts/electron-failure.test.ts.

/**
 * What went wrong when node_modules/electron/install.js could not fetch the binary.
 * 'network': the download never connected (offline, or the network blocks GitHub) — the only
 * case in which "offline" is the honest word; 'timeout': it ran longer than we wait;
 * 'failed': anything else (HTTP error, checksum, disk), shown with the log's name.
 */
export function classifyInstallFailure({ timedOut = false, logText = '' }) {
  if (timedOut) return 'timeout';
  // @electron/get uses fetch(); undici reports every connection-level failure (DNS, refused,
  // reset, TLS before any response) as "fetch failed", with the errno in its cause when printed.
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up/i.test(
      logText,
    )
  )
    return 'network';
  return 'failed';
}

const sandboxFatal = /SUID sandbox helper binary was found, but is not configured correctly/i;
const sandboxPath = /make sure that (\S+) is owned by root and has mode 4755/i;
const missingLibrary = /error while loading shared libraries: ([^:\s]+)/i;
const noDisplay = /Missing X server or \$DISPLAY|cannot open display/i;

/**
 * Debian/Ubuntu packages for the shared libraries Electron most often misses on a bare system.
 * Ubuntu 24.04 renamed several with a t64 suffix (64-bit time_t), hence both names.
 */
const libraryPackages = {
  'libnss3.so': ['libnss3'],
  'libnssutil3.so': ['libnss3'],
  'libsmime3.so': ['libnss3'],
  'libnspr4.so': ['libnspr4'],
  'libatk-1.0.so.0': ['libatk1.0-0', 'libatk1.0-0t64'],
  'libatk-bridge-2.0.so.0': ['libatk-bridge2.0-0', 'libatk-bridge2.0-0t64'],
  'libgtk-3.so.0': ['libgtk-3-0', 'libgtk-3-0t64'],
  'libgbm.so.1': ['libgbm1'],
  'libasound.so.2': ['libasound2', 'libasound2t64'],
  'libcups.so.2': ['libcups2', 'libcups2t64'],
  'libdrm.so.2': ['libdrm2'],
  'libxkbcommon.so.0': ['libxkbcommon0'],
  'libXcomposite.so.1': ['libxcomposite1'],
  'libXdamage.so.1': ['libxdamage1'],
  'libXrandr.so.2': ['libxrandr2'],
  'libpango-1.0.so.0': ['libpango-1.0-0'],
  'libcairo.so.2': ['libcairo2'],
  'libdbus-1.so.3': ['libdbus-1-3'],
};

const sysctlName = 'kernel.apparmor_restrict_unprivileged_userns';

function appArmorLines() {
  return [
    'Electron tidak dapat berjalan: AppArmor di Ubuntu 24.04 (atau yang lebih baru) melarang sandbox Electron membuat user namespace.',
    'Perbaikan, pilih salah satu:',
    '  • pasang Linimasa dari paket .deb (npm run dist -- --linux deb); paket itu membawa profil AppArmor sendiri;',
    `  • atau izinkan sampai komputer dinyalakan ulang: sudo sysctl -w ${sysctlName}=0`,
    '    (ini melonggarkan pembatasan untuk semua aplikasi; untuk pengaturan tetap, tanyakan petugas TI).',
  ];
}

function sandboxHelperLines(helper) {
  const path = helper ?? 'node_modules/electron/dist/chrome-sandbox';
  return [
    'Electron tidak dapat berjalan: pembantu sandbox-nya (chrome-sandbox) belum dimiliki root dengan mode 4755.',
    `Perbaikan: sudo chown root:root ${path} && sudo chmod 4755 ${path}`,
  ];
}

function missingLibraryLines(library) {
  const packages = libraryPackages[library];
  const install = packages
    ? `sudo apt-get install ${packages[0]}${packages[1] ? ` (di Ubuntu 24.04: ${packages[1]})` : ''}`
    : `pasang paket yang menyediakan ${library} (Debian/Ubuntu: apt-file search ${library})`;
  return [
    `Electron tidak dapat berjalan: pustaka sistem ${library} tidak ada di komputer ini.`,
    `Perbaikan: ${install}, atau pasang Linimasa dari paket .deb yang memasang semua kebutuhannya.`,
  ];
}

/**
 * Electron's exit, judged. Returns null for a normal end (the app was closed, or stopped with
 * Ctrl+C / SIGTERM). Otherwise { kind, lines, fallback }: the lines to show, and whether the
 * browser fallback should follow (true when Electron never came up).
 *
 * facts: { platform, userNamespacesRestricted: boolean | null } — the latter read from
 * /proc/sys/kernel/apparmor_restrict_unprivileged_userns (null when absent or unreadable).
 */
export function diagnoseElectronExit({ code, signal, stderr = '' }, facts) {
  if (code === 0 || signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') return null;

  if (sandboxFatal.test(stderr)) {
    const apparmor = facts.platform === 'linux' && facts.userNamespacesRestricted === true;
    return apparmor
      ? { kind: 'apparmor', lines: appArmorLines(), fallback: true }
      : {
          kind: 'sandbox-helper',
          lines: sandboxHelperLines(stderr.match(sandboxPath)?.[1]),
          fallback: true,
        };
  }
  const library = stderr.match(missingLibrary)?.[1];
  if (library)
    return { kind: 'missing-library', lines: missingLibraryLines(library), fallback: true };
  if (code === 127) {
    return {
      kind: 'missing-library',
      lines: missingLibraryLines('yang dibutuhkan Electron'),
      fallback: true,
    };
  }
  if (noDisplay.test(stderr)) {
    return {
      kind: 'no-display',
      lines: ['Electron tidak dapat membuka jendela: tidak ada layar grafis (X11/Wayland).'],
      fallback: true,
    };
  }
  // Chromium aborts with a breakpoint trap (SIGTRAP; a shell reports 128 + 5 = 133) when it
  // refuses to start, most often over the sandbox even when the reason scrolled by unnoticed.
  if (signal === 'SIGTRAP' || code === 133) {
    const lines = [
      'Electron berhenti tiba-tiba saat mulai (SIGTRAP); pesan di atas menyebut sebabnya.',
    ];
    if (facts.platform === 'linux' && facts.userNamespacesRestricted === true)
      lines.push(...appArmorLines().slice(1));
    return { kind: 'aborted', lines, fallback: true };
  }
  const how = signal ? `sinyal ${signal}` : `kode ${code}`;
  return {
    kind: 'exited',
    lines: [`Linimasa (Electron) berhenti dengan ${how}; pesan di atas menyebut sebabnya.`],
    fallback: false,
  };
}
