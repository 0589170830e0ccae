import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentPerson } from '../../stores/session';
import { useChannels } from '../../stores/collections';
import { BulkBar } from '../actions/BulkBar';
import { BulkDialog } from '../actions/BulkDialog';
import { BulkResults } from '../actions/BulkResults';
import { toBulkPost } from '../actions/format';
import '../actions/actions.css';
import { useCalendarBulk } from './calendar-bulk';
import { ChipSelectionContext, type ChipSelection } from './chip-selection';
import { isTypingTarget } from './model';
import type { SelectionScope } from './selection-scope';

/**
 * Select-many in the month and the week, with the agenda's store (`calendar-bulk.ts`) and the
 * bulk views of "Perlu tindakan" (bar, confirmation with the selection's warnings, per-post
 * results, undo). Two parts: `CalendarSelection` around the grid lets its chips select
 * (PostChip.tsx) and takes Ctrl+A (the month's or week's posts) and Esc (clear) anywhere on the
 * screen but a text field, a dialog or the editor; `CalendarBulkBar` shows the bar and the
 * results in the filter row's place while they are in use (`useBulkInUse`), so the month keeps
 * its height and the chips that fit stay where the pointer is.
 */
export function CalendarSelection({
  scope,
  children,
}: {
  scope: SelectionScope;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const count = useCalendarBulk((state) => state.selection.ids.size);
  const latest = useRef(scope);
  useEffect(() => {
    latest.current = scope;
    useCalendarBulk.getState().prune(scope.order);
  }, [scope]);
  const chipSelection = useMemo<ChipSelection>(() => ({ order: () => latest.current.order }), []);

  useEffect(() => {
    if (!person) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (isTypingTarget(target) || target?.closest?.('dialog, .calendar-layout__editor')) return;
      const bulk = useCalendarBulk.getState();
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        bulk.selectAll(latest.current.all);
      } else if (event.key === 'Escape' && bulk.selection.ids.size > 0) {
        event.preventDefault();
        bulk.clear();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [person]);

  return (
    <>
      {/* The bar comes and goes, so the count is said from here, where it always is. */}
      <p className="visually-hidden" aria-live="polite">
        {person && count > 0 ? t('actions.bulk.selected', { count }) : ''}
      </p>
      <ChipSelectionContext.Provider value={person ? chipSelection : null}>
        {children}
      </ChipSelectionContext.Provider>
    </>
  );
}

/** Whether the bar or the last results are shown (then they take the filter row's place). */
export function useBulkInUse(): boolean {
  const person = useCurrentPerson();
  const inUse = useCalendarBulk(
    (state) => state.selection.ids.size > 0 || state.outcome !== null || state.problem !== null,
  );
  return person !== null && inUse;
}

export function CalendarBulkBar({ scope }: { scope: SelectionScope }) {
  const person = useCurrentPerson();
  const channels = useChannels((state) => state.rows);
  const selection = useCalendarBulk((state) => state.selection);
  if (!person) return null;
  const selected = scope.posts
    .filter((post) => selection.ids.has(post.id))
    .map((post) => toBulkPost({ post }));
  const titleOf = (id: string) => scope.posts.find((post) => post.id === id)?.title ?? '';
  return (
    <div className="calendar-bulk">
      <BulkResults store={useCalendarBulk} titleOf={titleOf} />
      {selected.length > 0 && (
        <BulkBar
          store={useCalendarBulk}
          selected={selected}
          role={person.role}
          total={scope.all.length}
          onSelectAll={() => useCalendarBulk.getState().selectAll(scope.all)}
          announce={false}
        />
      )}
      <BulkDialog store={useCalendarBulk} channels={channels} />
    </div>
  );
}
