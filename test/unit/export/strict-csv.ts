import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV file as a strict reader would, twice: csv-parse with every line break (CRLF, LF,
 * CR) ending a record outside quotes and no relaxing of quotes or column counts, and Python's
 * csv module with strict=True in a child process (the reader LibreOffice-like tools behave
 * like). A bare line break left unquoted splits a record in both. `python` is null only where
 * python3 is missing.
 */
export function readStrict(bytes: Buffer): { records: string[][]; python: string[][] | null } {
  const records = parse(bytes, {
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as string[][];
  const script = [
    'import csv, io, json, sys',
    "text = sys.stdin.buffer.read().decode('utf-8-sig')",
    "rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))",
    'sys.stdout.write(json.dumps(rows))',
  ].join('\n');
  const executable = pythonExecutable();
  if (executable === null) return { records, python: null };
  const run = spawnSync(executable, ['-c', script], { input: bytes, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`python csv: ${run.stderr.toString()}`);
  return { records, python: JSON.parse(run.stdout.toString()) as string[][] };
}

let python: string | null | undefined;

/** The interpreter itself, found once: a version manager's shim costs seconds per call under load. */
function pythonExecutable(): string | null {
  if (python !== undefined) return python;
  const run = spawnSync('python3', ['-c', 'import sys; print(sys.executable)']);
  python = run.status === 0 ? run.stdout.toString().trim() || null : null;
  return python;
}
