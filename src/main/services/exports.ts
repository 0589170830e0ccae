import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { ParsedRequestOf, ResponseOf } from '../../shared/api/contract';
import { notFound } from '../../shared/api/errors';
import {
  scheduleRows,
  type CsvPresetId,
  type ExportFilter,
  type ExportFormat,
  type ExportRecord,
  type Schedule,
} from '../../shared/domain/exports';
import type { Jobs } from '../assets/jobs';
import { removeQuietly } from '../assets/store';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { exportsRepository, type ExportHistoryEntry } from '../db/repositories/exports';
import type { DataPaths } from '../data-dir';
import { exportFileName } from '../export/file-name';
import { actorCheck } from './actor';
import { formatWriter } from '../export/formats';
import { recordExported } from '../bundle';
import type { BundleAssetMode } from '../../shared/domain/bundle';
import { writeFileAtomically, type WrittenFile } from '../export/output-file';
import { refuseInsideDataDir } from '../export/output-target';
import { namingDiskFull } from '../disk/full';
import { countLeftOut, loadSchedule } from '../export/schedule';
import { csvPresets } from '../export/formats/csv-presets';
import { csvOutputName, planCsvFiles } from '../export/formats/csv-files';
import { checkBulkLimits } from '../export/formats/csv-limits';
import { postStatuses, type PostStatus } from '../../shared/domain/post-status';
import { settingsRepository } from '../db/repositories/settings';
import { reportDocument } from '../report/document';
import { writeReportPdf } from '../report/pdf';
import { writeReportXlsx } from '../report/xlsx';
import { provinceReports } from '../province/reports';
import { rekapDocument } from '../province/rekap-document';
import { writeRekapPdf } from '../province/rekap-pdf';
import { writeRekapXlsx } from '../province/rekap-xlsx';
import { reportService } from './report';
import { reportNotesService } from './report-notes';

export interface ExportRequest {
  filter: ExportFilter;
  format: ExportFormat;
  preset?: CsvPresetId;
  /** Bundles: whether the posts' files travel too (default) or the posts only. */
  includeAssets?: BundleAssetMode;
  actorId: string | null;
}

interface WriteOptions {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

const profileFields = ['officeName', 'signerName', 'signerPosition'] as const;

/**
 * Exports: a preview of what a filter selects, the export itself as a job writing into the
 * data directory's exports/ (where the browser downloads it and the desktop save dialog copies
 * it from), and the history with each file's SHA-256.
 */
export function exportsService(db: Db, paths: DataPaths, jobs: Jobs) {
  const history = exportsRepository(db);
  const actor = actorCheck(db);
  /** Who exports is checked before any file is written, not when the history row is. */
  const checkActor = (actorId: string | null) => void (actorId !== null && actor(actorId));

  /** exports/<id>.<ext>, the extension the file's name has (a bulk CSV export may be a zip). */
  const storedPath = (entry: Pick<ExportHistoryEntry, 'id' | 'fileName'>) =>
    join(paths.exports, `${entry.id}${extname(entry.fileName)}`);

  const toRecord = (entry: ExportHistoryEntry): ExportRecord => ({
    ...entry,
    available: existsSync(storedPath(entry)),
  });

  /**
   * Writes one export and records it: into exports/<id>.<ext> (the app), or straight to
   * `target` (the CLI's --out: one write, not a stored copy and then a second copy of a 2 GB
   * bundle). Either way the file is complete or absent; a kill mid-write leaves a hidden
   * .partial beside it, swept from exports/ at the next start and beside a target the next
   * time that name is written.
   */
  async function write(
    request: ExportRequest,
    options: WriteOptions & { id?: string; target?: string } = {},
  ): Promise<{ record: ExportRecord; file: WrittenFile; schedule: Schedule }> {
    checkActor(request.actorId);
    const id = options.id ?? randomUUID();
    // A user's target may be anywhere but inside the data directory (never over linimasa.db).
    if (options.target !== undefined) await refuseInsideDataDir(paths.root, options.target);
    const schedule = loadSchedule(db, request.filter);
    // A bulk CSV layout is one file per channel: named after it, or a zip of them.
    const fileName =
      request.format === 'csv'
        ? csvOutputName(schedule, request.preset)
        : exportFileName(request.filter, request.format, request.preset);
    const target = options.target ?? storedPath({ id, fileName });
    const writer = formatWriter(request.format, {
      db,
      dataDir: paths.root,
      includeAssets: request.includeAssets ?? 'attached',
    });
    const file = await writeFileAtomically(
      target,
      (out, file) => writer.write(schedule, out, { preset: request.preset, ...options, file }),
      options.signal,
      {
        // A bundle copies its files straight into the temp file, which is hashed meanwhile.
        direct: request.format === 'bundle',
        // A user's folder: the data directory keeps a record, so a kill's temp file is swept.
        ...(options.target !== undefined && { journal: paths.exports }),
      },
    ).catch((error: unknown) => {
      // A full flash drive or data disk is named with what is free where the file was going.
      throw namingDiskFull(error, dirname(target));
    });
    const entry = {
      id,
      format: request.format,
      preset: request.format === 'csv' ? (request.preset ?? 'standard') : null,
      filter: request.filter,
      fileName,
      bytes: file.bytes,
      sha256: file.sha256,
      posts: schedule.posts.length,
      rows: scheduleRows(schedule).length,
      actorId: request.actorId,
      createdAt: nowIso(),
    };
    // The history row and the bundle's exchange memory commit together, or neither does.
    db.transaction(() => {
      if (request.format === 'bundle') recordExported(db, schedule);
      history.insert(entry);
    })();
    return { record: toRecord(history.get(entry.id)!), file, schedule };
  }

  /** Posts of the range the status filter leaves out, per status, in the office's order. */
  function leftOut(filter: ExportFilter): { status: PostStatus; count: number }[] {
    const counts = new Map(countLeftOut(db, filter).map((row) => [row.status, row.count]));
    return postStatuses.flatMap((status) =>
      counts.has(status) ? [{ status, count: counts.get(status)! }] : [],
    );
  }

  function bulkPlan(schedule: Schedule, preset: CsvPresetId) {
    const files = planCsvFiles(schedule, preset);
    return {
      files: files.map((file) => ({
        name: file.name,
        channelName: file.channel?.name ?? null,
        rows: file.rows.length,
      })),
      issues: checkBulkLimits(schedule, preset, files),
    };
  }

  /**
   * A printed document (PDF or XLSX) recorded in the history like any export: into
   * exports/<id>.<ext>, or straight to `target` (the CLI's --out).
   */
  async function writeDocument(
    request: { format: 'pdf' | 'xlsx'; actorId: string | null },
    options: { target?: string },
    document: {
      fileName: string;
      write(out: Writable): Promise<void>;
      record: Pick<ExportHistoryEntry, 'filter' | 'posts' | 'rows' | 'report' | 'rekap'>;
    },
  ): Promise<{ record: ExportRecord; file: WrittenFile }> {
    const id = randomUUID();
    const target = options.target ?? storedPath({ id, fileName: document.fileName });
    const file = await writeFileAtomically(
      target,
      (out) => document.write(out),
      undefined,
      options.target !== undefined ? { journal: paths.exports } : {},
    ).catch((error: unknown) => {
      throw namingDiskFull(error, dirname(target));
    });
    history.insert({
      id,
      format: request.format,
      preset: null,
      ...document.record,
      fileName: document.fileName,
      bytes: file.bytes,
      sha256: file.sha256,
      actorId: request.actorId,
      createdAt: nowIso(),
    });
    return { record: toRecord(history.get(id)!), file };
  }

  /**
   * The Laporan kinerja of a period as PDF or XLSX, recorded in the history like any export
   * (with its period, so the history can tell it from a schedule).
   */
  async function writeReport(
    request: { period: string; format: 'pdf' | 'xlsx'; notes?: string; actorId: string | null },
    options: { target?: string } = {},
  ): Promise<{ record: ExportRecord; file: WrittenFile }> {
    checkActor(request.actorId);
    if (options.target !== undefined) await refuseInsideDataDir(paths.root, options.target);
    const data = reportService(db).compute(request.period);
    // Without notes in the request, the period's notes as stored (Laporan › Catatan).
    const notes = request.notes ?? reportNotesService(db).text(data.report.period.id);
    const document = await reportDocument(db, data, notes, paths.root);
    const { period, totals } = data.report;
    return writeDocument(request, options, {
      fileName: `laporan-kinerja-${period.id}.${request.format}`,
      write: (out) =>
        request.format === 'pdf' ? writeReportPdf(document, out) : writeReportXlsx(document, out),
      record: {
        filter: { from: period.from, to: period.to, statuses: [], channelIds: [], campaignIds: [] },
        report: period.id,
        posts: totals.plannedPosts,
        rows: totals.plannedChannels,
      },
    });
  }

  /**
   * The Rekap provinsi of a month as PDF or XLSX, recorded in the history with its month
   * (`rekap`); its counts are the month's pack items and the regencies ranked.
   */
  async function writeRekap(
    request: { month: string; format: 'pdf' | 'xlsx'; actorId: string | null },
    options: { target?: string } = {},
  ): Promise<{ record: ExportRecord; file: WrittenFile }> {
    checkActor(request.actorId);
    if (options.target !== undefined) await refuseInsideDataDir(paths.root, options.target);
    const reports = provinceReports(db, reportService(db));
    const rollup = reports.rollup(request.month, reports.regencies(), nowIso());
    const document = await rekapDocument(db, rollup, paths.root);
    return writeDocument(request, options, {
      fileName: `rekap-kabupaten-kota-${request.month}.${request.format}`,
      write: (out) =>
        request.format === 'pdf' ? writeRekapPdf(document, out) : writeRekapXlsx(document, out),
      record: {
        filter: {
          from: document.from,
          to: document.to,
          statuses: [],
          channelIds: [],
          campaignIds: [],
        },
        rekap: request.month,
        posts: rollup.items.length,
        rows: rollup.regencies.length,
      },
    });
  }

  return {
    write,
    writeReport,
    writeRekap,

    preview({
      filter,
      limit,
      preset,
    }: ParsedRequestOf<'exports.preview'>): ResponseOf<'exports.preview'> {
      const schedule = loadSchedule(db, filter);
      const rows = scheduleRows(schedule);
      const byStatus = new Map<string, number>();
      const byChannel = new Map<string, { name: string; count: number }>();
      for (const { post, channel } of rows) {
        byStatus.set(post.status, (byStatus.get(post.status) ?? 0) + 1);
        const entry = byChannel.get(channel.channelId) ?? { name: channel.name, count: 0 };
        entry.count += 1;
        byChannel.set(channel.channelId, entry);
      }
      const assets = new Map<string, number>();
      for (const post of schedule.posts) for (const a of post.assets) assets.set(a.sha256, a.bytes);
      return {
        posts: schedule.posts.length,
        rows: rows.length,
        assets: assets.size,
        assetBytes: [...assets.values()].reduce((sum, bytes) => sum + bytes, 0),
        byStatus: [...byStatus].map(([id, count]) => ({ id, name: id, count })),
        byChannel: schedule.channels.map((c) => ({
          id: c.id,
          name: c.name,
          count: byChannel.get(c.id)?.count ?? 0,
        })),
        sample: rows.slice(0, limit).map(({ post, channel }) => ({
          postId: post.id,
          date: post.date,
          time: post.time,
          zoneLabel: post.zoneLabel,
          channelId: channel.channelId,
          channelName: channel.name,
          channelColor: channel.color,
          format: channel.format,
          title: post.title,
          status: post.status,
          campaignName: post.campaign?.name ?? null,
          assigneeName: post.assignee?.name ?? null,
        })),
        missingProfile: profileFields.filter((field) => {
          const office = schedule.office;
          const value = {
            officeName: office.name,
            signerName: office.signerName,
            signerPosition: office.signerPosition,
          }[field];
          return value.trim() === '';
        }),
        leftOut: leftOut(filter),
        bulk: preset && preset !== 'standard' ? bulkPlan(schedule, preset) : null,
      };
    },

    /** A bulk layout's files and the tool limits they break, for the preview and the CLI. */
    bulkPlan,

    presets: (): ResponseOf<'exports.presets'> => {
      const locale = settingsRepository(db).get().locale;
      return csvPresets().map((preset) => ({
        id: preset.id,
        label: preset.label[locale],
        description: preset.description[locale],
        source: preset.source,
      }));
    },

    start(request: ParsedRequestOf<'exports.start'> & { actorId: string | null }): {
      jobId: string;
    } {
      checkActor(request.actorId);
      const jobId = jobs.start('export', async (control) => {
        const id = randomUUID();
        const fileName = exportFileName(request.filter, request.format, request.preset);
        const progress = (done: number, total: number) =>
          control.progress({
            filesDone: done,
            filesTotal: total,
            bytesDone: 0,
            bytesTotal: 0,
            current: fileName,
          });
        progress(0, 0);
        await write(request, {
          id,
          signal: control.signal,
          progress,
        });
        control.exported(id);
      });
      return { jobId };
    },

    history: ({ limit }: ParsedRequestOf<'exports.history'>): ExportRecord[] =>
      history.list(limit).map(toRecord),

    async delete(id: string): Promise<ExportRecord> {
      const entry = history.get(id);
      if (!entry) throw notFound('export', id);
      await removeQuietly(storedPath(entry));
      return toRecord(entry);
    },

    /**
     * The stored copy for a download or the save dialog; undefined when gone. `dataDir` is where
     * a copy must never be saved to.
     */
    file(
      id: string,
    ): { path: string; fileName: string; format: ExportFormat; dataDir: string } | undefined {
      const entry = history.get(id);
      if (!entry) return undefined;
      const path = storedPath(entry);
      return existsSync(path)
        ? { path, fileName: entry.fileName, format: entry.format, dataDir: paths.root }
        : undefined;
    },
  };
}
export type ExportsService = ReturnType<typeof exportsService>;
