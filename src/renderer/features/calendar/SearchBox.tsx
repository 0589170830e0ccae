import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../shared/domain/posts';
import { useCalendar } from './store';
import { localPartsReader } from './model';
import { formatShortDate } from './format';
import type { CalendarLookups } from './lookups';
import { StatusGlyph } from './PostChip';
import { displayTime } from '../../../shared/time';

/** Typing pauses this long before a search is sent: one request per word, not per letter. */
const searchDelayMs = 250;

interface SearchBoxProps {
  lookups: CalendarLookups;
  zone: string;
  inputRef: Ref<HTMLInputElement>;
}

type SearchState =
  | { phase: 'idle' }
  | { phase: 'searching'; query: string }
  | { phase: 'done'; query: string; results: PostSummary[] }
  | { phase: 'error'; query: string; message: string };

/**
 * Full-text search over titles, captions, notes, hashtags and tags (the server ignores
 * diacritics), narrowed by the same filters as the calendar. A result opens the post and moves
 * the calendar to its month.
 */
export function SearchBox({ lookups, zone, inputRef }: SearchBoxProps) {
  const { t } = useTranslation();
  const filter = useCalendar((state) => state.filter);
  const [query, setQuery] = useState('');
  const [answer, setSearch] = useState<SearchState>({ phase: 'idle' });
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const resultsId = useId();
  const request = useRef(0);

  useEffect(() => {
    const text = query.trim();
    const mine = ++request.current;
    if (text === '') return;
    const timer = setTimeout(() => {
      setSearch({ phase: 'searching', query: text });
      void useCalendar
        .getState()
        .search(text, 50)
        .then((result) => {
          if (mine !== request.current) return;
          setSearch(
            result.ok
              ? { phase: 'done', query: text, results: result.value }
              : { phase: 'error', query: text, message: result.error.message },
          );
        });
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [query, filter]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // An emptied box shows nothing, whatever the last answer was.
  const search: SearchState = query.trim() === '' ? { phase: 'idle' } : answer;
  const read = localPartsReader(zone);
  const choose = (post: PostSummary) => {
    const calendar = useCalendar.getState();
    if (post.scheduledAt) calendar.goTo(read(post.scheduledAt).date);
    calendar.openPost(post.id);
    setOpen(false);
  };

  const showPanel = open && search.phase !== 'idle';
  return (
    <div
      className="search"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          if (showPanel) setOpen(false);
          else setQuery('');
        }
      }}
    >
      <label className="visually-hidden" htmlFor={`${resultsId}-input`}>
        {t('calendar.search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${resultsId}-input`}
        type="search"
        className="search__input"
        value={query}
        placeholder={t('calendar.search.placeholder')}
        aria-keyshortcuts="/ Control+F"
        aria-controls={resultsId}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      <div
        id={resultsId}
        className="search__panel"
        role="region"
        aria-label={t('calendar.search.results')}
        hidden={!showPanel}
      >
        <p className="search__status" role="status">
          {search.phase === 'searching' && t('calendar.search.searching')}
          {search.phase === 'error' && t('calendar.notices.failed', { message: search.message })}
          {search.phase === 'done' &&
            (search.results.length === 0
              ? t('calendar.search.none', { query: search.query })
              : t('calendar.search.count', {
                  count: search.results.length,
                  query: search.query,
                }))}
        </p>
        {search.phase === 'done' && search.results.length > 0 && (
          <ul className="search__results">
            {search.results.map((post) => {
              const when = post.scheduledAt ? read(post.scheduledAt) : null;
              return (
                <li key={post.id}>
                  <button type="button" className="search__result" onClick={() => choose(post)}>
                    <span className="search__result-title">{post.title}</span>
                    <span className="search__result-meta">
                      {when
                        ? `${formatShortDate(when.date, lookups.language)} · ${displayTime(when.time, lookups.language)}`
                        : t('calendar.search.idea')}
                      {' · '}
                      <StatusGlyph status={post.status} /> {lookups.labels.status[post.status]}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('calendar.search.close')}
        </button>
      </div>
    </div>
  );
}
