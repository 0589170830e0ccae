import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '../../../shared/time';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useCalendar, type ObservanceDay } from './store';
import type { DayPost } from './model';
import { formatLongDate } from './format';
import type { CalendarLookups } from './lookups';
import { ObservanceBadges } from './ObservanceBadges';
import { PostMedia, StatusGlyph } from './PostChip';
import { useCurrentPerson } from '../../stores/session';
import { useChannels } from '../../stores/collections';
import { BulkBar } from '../actions/BulkBar';
import { BulkDialog } from '../actions/BulkDialog';
import { BulkResults } from '../actions/BulkResults';
import { toBulkPost } from '../actions/format';
import { SelectableList, SelectBox } from '../actions/SelectableList';
import '../actions/actions.css';
import { useCalendarBulk } from './calendar-bulk';

interface AgendaViewProps {
  monthLabel: string;
  days: LocalDate[];
  today: LocalDate;
  byDay: ReadonlyMap<LocalDate, DayPost[]>;
  observancesByDay: ReadonlyMap<LocalDate, ObservanceDay[]>;
  lookups: CalendarLookups;
}

/**
 * The month as a list, one section per day that has posts or an observance: what a planner reads
 * top to bottom, or prints. Sections off screen skip layout (`content-visibility`), so a full
 * month stays quick to open.
 */
export function AgendaView({
  monthLabel,
  days,
  today,
  byDay,
  observancesByDay,
  lookups,
}: AgendaViewProps) {
  const { t } = useTranslation();
  const shown = days.filter((date) => byDay.has(date) || observancesByDay.has(date));
  const person = useCurrentPerson();
  const channels = useChannels((state) => state.rows);
  const selection = useCalendarBulk((state) => state.selection);
  const posts = useMemo(
    () => shown.flatMap((date) => (byDay.get(date) ?? []).map((item) => item.post)),
    [shown, byDay],
  );
  const order = useMemo(() => posts.map((post) => post.id), [posts]);
  useEffect(() => useCalendarBulk.getState().prune(order), [order]);
  const selected = posts
    .filter((post) => selection.ids.has(post.id))
    .map((post) => toBulkPost({ post }));
  const titleOf = (id: string) => posts.find((post) => post.id === id)?.title ?? '';
  const list = shown.map((date) => (
    <AgendaDay
      key={date}
      date={date}
      isToday={date === today}
      items={byDay.get(date) ?? []}
      observances={observancesByDay.get(date)}
      lookups={lookups}
      order={person ? order : undefined}
    />
  ));
  return (
    <section className="agenda" aria-label={t('calendar.agenda.label', { month: monthLabel })}>
      <BulkResults store={useCalendarBulk} titleOf={titleOf} />
      {person && posts.length > 0 ? (
        <>
          <BulkBar
            store={useCalendarBulk}
            selected={selected}
            role={person.role}
            total={posts.length}
            onSelectAll={() => useCalendarBulk.getState().selectAll(order)}
          />
          <SelectableList store={useCalendarBulk} order={order} label={t('actions.listLabel')}>
            {list}
          </SelectableList>
        </>
      ) : (
        list
      )}
      <BulkDialog store={useCalendarBulk} channels={channels} />
    </section>
  );
}

const AgendaDay = memo(function AgendaDay({
  date,
  isToday,
  items,
  observances,
  lookups,
  order,
}: {
  date: LocalDate;
  isToday: boolean;
  items: DayPost[];
  observances: ObservanceDay[] | undefined;
  lookups: CalendarLookups;
  /** With a profile chosen: every post of the agenda in order, and each row gets a checkbox. */
  order?: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <section
      className={`agenda__day${isToday ? ' agenda__day--today' : ''}`}
      aria-current={isToday ? 'date' : undefined}
    >
      <h3 className="agenda__date">
        {formatLongDate(date, lookups.language)}
        {isToday && <span className="day-cell__today">{t('calendar.month.todayMark')}</span>}
      </h3>
      {observances && <ObservanceBadges days={observances} />}
      {items.length > 0 && <AgendaList items={items} lookups={lookups} selectOrder={order} />}
    </section>
  );
});

/** Rows with time, title, channels, status and pillar; the title opens the post. Shared by the day dialog. */
export function AgendaList({
  items,
  lookups,
  onOpened,
  selectOrder,
}: {
  items: { post: DayPost['post']; time: string | null }[];
  lookups: CalendarLookups;
  /** The agenda's selection column (not in the day dialog): the whole list's order, for ranges. */
  selectOrder?: readonly string[];
  /** After a title opened its post (the day dialog closes itself). */
  onOpened?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="agenda__list">
      {items.map(({ post, time }) => {
        const campaign = post.campaignId ? lookups.campaigns.get(post.campaignId) : undefined;
        const channels = post.channels
          .map((link) => lookups.channels.get(link.channelId))
          .filter((channel) => channel !== undefined);
        return (
          <li
            key={post.id}
            className={`agenda__row agenda__row--${post.status}${selectOrder ? ' agenda__row--selectable' : ''}`}
          >
            {selectOrder && (
              <SelectBox
                store={useCalendarBulk}
                id={post.id}
                title={post.title}
                order={selectOrder}
              />
            )}
            <span className="agenda__time">{time ?? '—'}</span>
            <span className="agenda__main">
              <PostMedia post={post} size="row" />
              <button
                type="button"
                className="agenda__title"
                onClick={() => {
                  useCalendar.getState().openPost(post.id);
                  onOpened?.();
                }}
              >
                {post.title}
                {post.assetCount > 0 && (
                  <span className="visually-hidden">{`, ${lookups.labels.assets(post.assetCount)}`}</span>
                )}
              </button>
              {post.changeRequest && (
                <span className="agenda__reason">
                  {lookups.labels.changeRequest(post.changeRequest)}
                </span>
              )}
              <span className="agenda__channels">
                {channels.length === 0
                  ? t('calendar.agenda.noChannel')
                  : channels.map((channel) => (
                      <span key={channel.id} className="agenda__channel">
                        <PlatformIcon platform={channel.platform} size={16} />
                        {channel.name}
                      </span>
                    ))}
              </span>
            </span>
            <span className={`status-badge status-badge--${post.status}`}>
              <StatusGlyph status={post.status} checked={post.checked} />
              {post.checked
                ? lookups.labels.checked
                : post.partlyPublished
                  ? lookups.labels.partlyPublished
                  : lookups.labels.status[post.status]}
            </span>
            <span className="agenda__campaign">
              {campaign && (
                <>
                  <span
                    className="swatch"
                    style={{ backgroundColor: campaign.color }}
                    aria-hidden="true"
                  />
                  {campaign.name}
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
