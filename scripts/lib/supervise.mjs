// Running a child with our terminal and waiting for it (npm start's Electron and browser host).
import { spawn } from 'node:child_process';

/** Enough of a child's stderr to find the line that says why it stopped. */
export const stderrKeep = 64 * 1024;

/**
 * Runs a child and resolves to { code, signal } (or { spawnError }) once it has exited and its
 * output is drained. Ctrl+C reaches the child directly; SIGTERM/SIGHUP sent to us are passed on.
 * With `tee.stdout` / `tee.stderr` the stream still reaches our terminal and is also handed, as
 * text, to that function.
 */
export function supervise(command, args, options = {}, tee = {}) {
  return new Promise((resolveExit) => {
    let child;
    try {
      child = spawn(command, args, {
        stdio: ['inherit', tee.stdout ? 'pipe' : 'inherit', tee.stderr ? 'pipe' : 'inherit'],
        ...options,
      });
    } catch (error) {
      resolveExit({ spawnError: error.message });
      return;
    }
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      tee.stdout(chunk.toString());
    });
    child.stderr?.on('data', (chunk) => {
      process.stderr.write(chunk);
      tee.stderr(chunk.toString());
    });
    // The terminal sends Ctrl+C to the whole process group: the child gets it and decides how to
    // quit; we only wait for it. Signals aimed at us alone are forwarded.
    const ignore = () => {};
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    let settled = false;
    const done = (result) => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', ignore);
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      resolveExit(result);
    };
    child.once('error', (error) => done({ spawnError: error.message }));
    // 'close' comes once the piped output is drained too. A helper process that inherited the
    // pipe and outlives the child would hold it open, so 'exit' plus a short grace period also
    // ends the wait.
    child.once('exit', (code, signal) => setTimeout(() => done({ code, signal }), 2000));
    child.once('close', (code, signal) => done({ code, signal }));
  });
}

/** A tee function that keeps the last `limit` characters; read them with `.text()`. */
export function tailKeeper(limit = stderrKeep) {
  let kept = '';
  const keep = (text) => {
    kept = (kept + text).slice(-limit);
  };
  keep.text = () => kept;
  return keep;
}
