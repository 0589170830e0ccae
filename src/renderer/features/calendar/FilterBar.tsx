import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/api/contract';
import { postStatuses } from '../../../shared/domain/post-status';
import { PlatformIcon } from '../../components/PlatformIcon';
import { useCalendar } from './store';
import { activeFilterCount, toggleFilterValue, type FilterKey } from './model';
import type { CalendarLookups } from './lookups';
import { StatusGlyph } from './PostChip';

interface Option {
  value: string;
  label: string;
  mark?: ReactNode;
}

/**
 * Channel, status, pillar, assignee and tag, each a menu of checkboxes; the choice goes to the
 * server as `filter` for the range, the ideas and the search. "Hapus saringan" resets them all.
 */
export function FilterBar({ lookups }: { lookups: CalendarLookups }) {
  const { t } = useTranslation();
  const filter = useCalendar((state) => state.filter);
  const setFilter = useCalendar((state) => state.setFilter);
  const clearFilters = useCalendar((state) => state.clearFilters);
  const [tags, setTags] = useState<ResponseOf<'posts.tags'>>([]);

  const loadTags = () => {
    void useCalendar
      .getState()
      .tags()
      .then((result) => {
        if (result.ok) setTags(result.value);
      });
  };
  useEffect(loadTags, []);

  const channels: Option[] = [...lookups.channels.values()]
    .filter((channel) => channel.active || filter.channelIds?.includes(channel.id))
    .map((channel) => ({
      value: channel.id,
      label: channel.name,
      mark: <PlatformIcon platform={channel.platform} size={18} />,
    }));
  const statuses: Option[] = postStatuses.map((status) => ({
    value: status,
    label: lookups.labels.status[status],
    mark: <StatusGlyph status={status} />,
  }));
  const campaigns: Option[] = [...lookups.campaigns.values()]
    .filter((campaign) => !campaign.archived || filter.campaignIds?.includes(campaign.id))
    .map((campaign) => ({
      value: campaign.id,
      label: campaign.name,
      mark: (
        <span className="swatch" style={{ backgroundColor: campaign.color }} aria-hidden="true" />
      ),
    }));
  const people: Option[] = [...lookups.people.values()]
    .filter((person) => person.active || filter.assigneeIds?.includes(person.id))
    .map((person) => ({ value: person.id, label: person.name }));
  const tagOptions: Option[] = tags.map(({ tag, count }) => ({
    value: tag,
    label: `${tag} (${count})`,
  }));

  const menu = (key: FilterKey, label: string, options: Option[], emptyText: string) => (
    <FilterMenu
      label={label}
      options={options}
      selected={(filter[key] ?? []) as readonly string[]}
      emptyText={emptyText}
      onToggle={(value) => setFilter(toggleFilterValue(filter, key, value))}
      onOpen={key === 'tags' ? loadTags : undefined}
    />
  );

  const count = activeFilterCount(filter);
  return (
    <div className="filter-bar" role="group" aria-label={t('calendar.filters.label')}>
      {menu('channelIds', t('calendar.filters.channel'), channels, t('calendar.filters.none'))}
      {menu('statuses', t('calendar.filters.status'), statuses, '')}
      {menu('campaignIds', t('calendar.filters.campaign'), campaigns, t('calendar.filters.none'))}
      {menu('assigneeIds', t('calendar.filters.assignee'), people, t('calendar.filters.none'))}
      {menu('tags', t('calendar.filters.tag'), tagOptions, t('calendar.filters.noTags'))}
      {count > 0 && (
        <button type="button" className="button button--small button--link" onClick={clearFilters}>
          {t('calendar.filters.clear')}
        </button>
      )}
    </div>
  );
}

interface FilterMenuProps {
  label: string;
  options: Option[];
  selected: readonly string[];
  emptyText: string;
  onToggle(value: string): void;
  onOpen?: () => void;
}

/** A disclosure button and its panel of checkboxes; Escape or a click elsewhere closes it. */
function FilterMenu({ label, options, selected, emptyText, onToggle, onOpen }: FilterMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="filter-menu"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`filter-menu__button${selected.length > 0 ? ' filter-menu__button--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
        {selected.length > 0 && (
          <span className="filter-menu__count">
            <span aria-hidden="true">{selected.length}</span>
            <span className="visually-hidden">
              , {t('calendar.filters.selected', { count: selected.length })}
            </span>
          </span>
        )}
        <span className="filter-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div className="filter-menu__panel" id={panelId} hidden={!open}>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 ? (
            <p className="filter-menu__empty">{emptyText}</p>
          ) : (
            options.map((option) => (
              <label key={option.value} className="filter-menu__option">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                />
                {option.mark}
                <span>{option.label}</span>
              </label>
            ))
          )}
        </fieldset>
      </div>
    </div>
  );
}
