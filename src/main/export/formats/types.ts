import type { Writable } from 'node:stream';
import type { CsvPresetId, Schedule } from '../../../shared/domain/exports';
import type { DirectFile } from '../output-file';

/** What a format writer gets besides the schedule. */
export interface FormatOptions {
  /** CSV only: the scheduling tool's layout ('standard' when absent). */
  preset?: CsvPresetId;
  signal?: AbortSignal;
  /** Called now and then with rows written so far, for the progress bar. */
  progress?: (done: number, total: number) => void;
  /** The output file itself, when the caller offers it (bundles copy asset files into it). */
  file?: DirectFile;
}

/**
 * One file format. `write` streams the whole file into `out` and resolves once everything is
 * handed to it (ending `out` is optional: the caller ends it when the writer has not). It must
 * honour `signal` between rows, and never read the database: the schedule is all it needs.
 */
export interface FormatWriter {
  mime: string;
  write(schedule: Schedule, out: Writable, options: FormatOptions): Promise<void>;
}
