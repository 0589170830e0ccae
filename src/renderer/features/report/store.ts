import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import type { PostSummary } from '../../../shared/domain/posts';
import { parsePeriod } from '../../../shared/domain/report';
import type { IkuWords } from '../../../shared/report/figures';
import { addDaysLocal } from '../../../shared/time';
import { api } from '../../api';
import { deliverExport, type Delivery } from '../../api/deliver-export';
import { useReportNotes } from './notes-store';

/**
 * The Laporan kinerja screen's state: the period shown, its figures (with the previous
 * period's), the list of posts behind a figure, and the export in progress. The planner's notes
 * have their own store (notes-store.ts), kept in the office's database.
 */

export type ReportReply = ResponseOf<'report.get'>;

interface Loaded {
  status: 'idle' | 'loading' | 'ready' | 'error';
  periodId: string | null;
  value: ReportReply | null;
  /** The office's IKU wording of the period's year (Settings › Target), beside each target. */
  iku: IkuWords;
  error: string | null;
}

export interface PostsBehind {
  title: string;
  postIds: readonly string[];
  outside: number;
  status: 'loading' | 'ready' | 'error';
  posts: PostSummary[];
  error: string | null;
}

export interface ReportExport {
  format: 'pdf' | 'xlsx';
  state: 'working' | 'done' | 'error';
  fileName: string | null;
  delivery: Delivery | null;
  error: string | null;
}

interface ReportState {
  periodId: string | null;
  loaded: Loaded;
  behind: PostsBehind | null;
  exporting: ReportExport | null;
  show(periodId: string): Promise<void>;
  reload(): Promise<void>;
  openPosts(title: string, postIds: readonly string[], outside?: number): Promise<void>;
  closePosts(): void;
  exportAs(format: 'pdf' | 'xlsx'): Promise<void>;
}

/** The period's days in spans the calendar's range call accepts (at most 92 days each). */
function monthSpans(periodId: string): { from: string; to: string }[] {
  const period = parsePeriod(periodId);
  if (!period) return [];
  const spans: { from: string; to: string }[] = [];
  let from = period.from;
  while (from <= period.to) {
    const [year, month] = from.split('-').map(Number) as [number, number];
    const next =
      month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const to = addDaysLocal(next, -1);
    spans.push({ from, to: to < period.to ? to : period.to });
    from = next;
  }
  return spans;
}

export const useReport = create<ReportState>()((set, get) => ({
  periodId: null,
  loaded: { status: 'idle', periodId: null, value: null, iku: {}, error: null },
  behind: null,
  exporting: null,

  async show(periodId) {
    set((state) => ({ periodId, loaded: { ...state.loaded, status: 'loading', error: null } }));
    const year = Number(periodId.slice(0, 4));
    const [result, targets] = await Promise.all([
      api.report.get({ period: periodId }),
      api.targets.get({ year }),
    ]);
    if (get().periodId !== periodId) return;
    // Without the targets' wording the report still shows, with the usual words.
    const iku = targets.ok ? targets.value.ikuWording : {};
    set({
      loaded: result.ok
        ? { status: 'ready', periodId, value: result.value, iku, error: null }
        : { status: 'error', periodId, value: null, iku, error: result.error.message },
    });
  },

  async reload() {
    const { periodId } = get();
    if (periodId) await get().show(periodId);
  },

  async openPosts(title, postIds, outside = 0) {
    const periodId = get().loaded.periodId;
    set({ behind: { title, postIds, outside, status: 'loading', posts: [], error: null } });
    if (postIds.length === 0 || !periodId) {
      set((state) => (state.behind ? { behind: { ...state.behind, status: 'ready' } } : {}));
      return;
    }
    const wanted = new Set(postIds);
    const replies = await Promise.all(monthSpans(periodId).map((span) => api.posts.range(span)));
    const failed = replies.find((reply) => !reply.ok);
    const posts = replies.flatMap((reply) => (reply.ok ? reply.value : []));
    set((state) =>
      state.behind?.postIds === postIds
        ? {
            behind: {
              ...state.behind,
              status: failed ? 'error' : 'ready',
              posts: posts.filter((post) => wanted.has(post.id)),
              error: failed && !failed.ok ? failed.error.message : null,
            },
          }
        : {},
    );
  },

  closePosts: () => set({ behind: null }),

  async exportAs(format) {
    const periodId = get().loaded.periodId;
    if (!periodId) return;
    set({ exporting: { format, state: 'working', fileName: null, delivery: null, error: null } });
    // What the field shows is printed; it is saved first so the office keeps the same words.
    const notes = useReportNotes.getState();
    if (notes.period === periodId) await notes.flush();
    const result = await api.report.export({
      period: periodId,
      format,
      ...(notes.period === periodId && notes.status === 'ready'
        ? { notes: useReportNotes.getState().text }
        : {}),
    });
    if (!result.ok) {
      set({
        exporting: {
          format,
          state: 'error',
          fileName: null,
          delivery: null,
          error: result.error.message,
        },
      });
      return;
    }
    const delivery = await deliverExport(result.value.id, result.value.fileName);
    set({
      exporting: { format, state: 'done', fileName: result.value.fileName, delivery, error: null },
    });
  },
}));
