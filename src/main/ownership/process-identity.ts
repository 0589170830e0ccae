import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/*
 * Who a pid is, beyond the number: operating systems reuse process ids (Windows quickly, and
 * every system after a reboot), so a lock file that says "pid 4242" proves nothing on its own.
 * With the process's start time next to it, a different process that later got the same pid
 * is told apart. There is no cross-platform Node API for another process's start time, and the
 * packages that offer one (pidusage, ps-list) spawn the same tools we call here for a single
 * value, so this reads it directly:
 *
 * - Linux: field 22 of /proc/<pid>/stat (clock ticks since boot), prefixed with the boot id
 *   (/proc/sys/kernel/random/boot_id) so that a pid and tick count from an earlier boot differ.
 *   Tested here.
 * - macOS: `ps -o lstart= -p <pid>` (start date and time to the second). Verified only by
 *   reading ps(1) of macOS; not run here.
 * - Windows: PowerShell `(Get-Process -Id <pid>).StartTime`, as a UTC round-trip string.
 *   Verified only by reading Microsoft's Get-Process documentation (StartTime is a DateTime;
 *   reading it for another user's elevated process can be refused, which gives null here);
 *   not run here. `wmic` is not used: Windows 11 removed it.
 *
 * null means "could not tell": the caller then trusts that the pid is alive (never the reverse).
 */
export function processStartTime(
  pid: number,
  platform: NodeJS.Platform = process.platform,
): string | null {
  try {
    if (platform === 'linux') return linuxStartTime(pid);
    if (platform === 'darwin') return run('ps', ['-o', 'lstart=', '-p', String(pid)]);
    if (platform === 'win32') {
      return run('powershell.exe', [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToUniversalTime().ToString('o')`,
      ]);
    }
    return null;
  } catch {
    return null;
  }
}

function linuxStartTime(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 2, the command name, is in parentheses and may itself hold spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[22 - 3]; // fields[0] is field 3 (state)
  if (!ticks || !/^\d+$/.test(ticks)) return null;
  return `${bootId()}:${ticks}`;
}

let cachedBootId: string | undefined;
function bootId(): string {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      cachedBootId = 'boot';
    }
  }
  return cachedBootId;
}

function run(command: string, args: string[]): string | null {
  const out = execFileSync(command, args, {
    encoding: 'utf8',
    timeout: 10_000,
    stdio: ['ignore', 'pipe', 'ignore'],
    windowsHide: true,
  }).trim();
  return out === '' ? null : out;
}

/** Signal 0 tests for existence; EPERM means it exists but belongs to someone else. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
