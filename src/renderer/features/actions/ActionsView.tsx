import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  groupsForRole,
  type NeedsActionGroup,
  type NeedsActionItem,
} from '../../../shared/domain/needs-action';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useCurrentPerson } from '../../stores/session';
import { ScreenHeader } from '../../components/ScreenHeader';
import { navigate } from '../../navigation/use-route';
import { useChannels } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { useCalendar } from '../calendar/store';
import { BulkBar } from './BulkBar';
import { BulkDialog } from './BulkDialog';
import { BulkResults } from './BulkResults';
import { placeText, postDate, toBulkPost } from './format';
import { SelectableList, SelectBox } from './SelectableList';
import { useActionsBulk, useNeedsAction } from './store';
import './actions.css';

/**
 * "Perlu tindakan": what waits for the person acting now, grouped (approvals, changes requested
 * with their reason, drafts due soon, approved posts not marked published), with select-many and
 * the bulk actions. A post's title opens it in the calendar's editor.
 */
export function ActionsView() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const data = useNeedsAction((state) => state.data);
  const status = useNeedsAction((state) => state.status);
  const problem = useNeedsAction((state) => state.problem);
  const dueWithinDays = useNeedsAction((state) => state.dueWithinDays);
  const channels = useChannels((state) => state.rows);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const approvalSteps = useSettings((state) => state.settings?.approvalSteps ?? 1);
  const selection = useActionsBulk((state) => state.selection);

  useEffect(() => {
    void useNeedsAction.getState().load();
  }, [person?.id]);

  const groups = useMemo(
    () =>
      (person ? groupsForRole(person.role, approvalSteps) : []).filter(
        (g) => (data?.groups[g].length ?? 0) > 0,
      ),
    [person, data, approvalSteps],
  );
  const items = useMemo(() => groups.flatMap((g) => data?.groups[g] ?? []), [groups, data]);
  const order = useMemo(() => items.map((item) => item.post.id), [items]);
  useEffect(() => useActionsBulk.getState().prune(order), [order]);
  const selected = items.filter((item) => selection.ids.has(item.post.id)).map(toBulkPost);

  if (!person) {
    return (
      <>
        <ScreenHeader title={t('actions.title')} />
        <EmptyState title={t('actions.signedOutTitle')}>
          <p>{t('actions.signedOutBody')}</p>
        </EmptyState>
      </>
    );
  }

  const titleOf = (id: string) => items.find((item) => item.post.id === id)?.post.title ?? '';

  return (
    <div
      className="actions-screen"
      onKeyDown={(event) => {
        // Ctrl+A anywhere on the screen but a text field selects the whole list.
        const target = event.target as HTMLElement;
        if (target.closest('input:not([type=checkbox]), textarea, dialog')) return;
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
          event.preventDefault();
          useActionsBulk.getState().selectAll(order);
        }
      }}
    >
      <ScreenHeader title={t('actions.title')}>
        <p>{t(`actions.intro.${person.role}`, { name: person.name })}</p>
      </ScreenHeader>
      <div className="actions-toolbar">
        <label className="field field--inline">
          <span className="field__label">{t('actions.dueWithin')}</span>
          <input
            type="number"
            min={1}
            max={90}
            value={dueWithinDays}
            onChange={(event) =>
              useNeedsAction.getState().setDueWithinDays(Number(event.target.value))
            }
          />
          <span>{t('actions.days')}</span>
        </label>
      </div>
      {status === 'error' && (
        <LoadProblem
          message={problem ?? ''}
          onRetry={() => void useNeedsAction.getState().load()}
        />
      )}
      {status === 'loading' && <p role="status">{t('actions.loading')}</p>}
      <BulkResults store={useActionsBulk} titleOf={titleOf} />
      {status === 'ready' && items.length === 0 && (
        <EmptyState
          title={t('actions.emptyTitle')}
          action={
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate({ screen: 'calendar' })}
            >
              {t('actions.openCalendar')}
            </button>
          }
        >
          <p>{t(`actions.emptyBody.${person.role}`, { days: dueWithinDays })}</p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <>
          <BulkBar
            store={useActionsBulk}
            selected={selected}
            role={person.role}
            approvalSteps={approvalSteps}
            total={items.length}
            onSelectAll={() => useActionsBulk.getState().selectAll(order)}
          />
          <SelectableList store={useActionsBulk} order={order} label={t('actions.listLabel')}>
            {groups.map((group) => (
              <ActionGroup
                key={group}
                group={group}
                title={
                  group === 'approvals' && person.role === 'checker'
                    ? t('actions.groups.checks')
                    : undefined
                }
                items={data!.groups[group]}
                order={order}
                zone={zone}
                days={dueWithinDays}
                channelName={(id) => channels.find((c) => c.id === id)}
              />
            ))}
          </SelectableList>
        </>
      )}
      <BulkDialog store={useActionsBulk} channels={channels} />
    </div>
  );
}

function ActionGroup({
  group,
  title,
  items,
  order,
  zone,
  days,
  channelName,
}: {
  group: NeedsActionGroup;
  /** A heading other than the group's own: a checker's approvals wait for their check. */
  title?: string;
  items: NeedsActionItem[];
  order: readonly string[];
  zone: string;
  days: number;
  channelName(
    id: string,
  ): { name: string; platform: Parameters<typeof PlatformIcon>[0]['platform'] } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const headingId = `actions-group-${group}`;
  return (
    <section className="actions-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="actions-group__title">
        {title ?? t(`actions.groups.${group}`, { days })}
        <span className="actions-group__count">{items.length}</span>
      </h2>
      <ul className="actions-list">
        {items.map(({ post, reason, since }) => (
          <li key={post.id} className={`actions-row actions-row--${post.status}`}>
            <SelectBox store={useActionsBulk} id={post.id} title={post.title} order={order} />
            <span className="actions-row__main">
              {reason && (
                <span className="actions-row__reason">{t('actions.reason', { reason })}</span>
              )}
              <button
                type="button"
                className="actions-row__title"
                onClick={() => {
                  const date = postDate(post, zone);
                  const calendar = useCalendar.getState();
                  if (date) calendar.goTo(date);
                  calendar.openPost(post.id);
                  navigate({ screen: 'calendar' });
                }}
              >
                {post.title}
              </button>
              <span className="actions-row__meta">
                <span>{placeText(post, zone, i18n.language) ?? t('actions.noDate')}</span>
                {post.channels.map((link) => {
                  const channel = channelName(link.channelId);
                  return channel ? (
                    <span key={link.channelId} className="actions-row__channel">
                      <PlatformIcon platform={channel.platform} size={14} />
                      {channel.name}
                    </span>
                  ) : null;
                })}
                {since && group === 'approvals' && (
                  <span>
                    {t('actions.waitingSince', {
                      since: placeText({ scheduledAt: since }, zone, i18n.language),
                    })}
                  </span>
                )}
              </span>
            </span>
            <span className={`status-badge status-badge--${post.status}`}>
              {t(`calendar.status.${post.status}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
