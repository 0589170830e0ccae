import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assetKinds, orientations } from '../../../shared/domain/assets';
import { useAssets } from './store';
import { activeFilterCount, type LibraryFilters } from './model';
import { DateInput } from '../../components/DateInput';

/**
 * Narrows the library: kind, tags, orientation, capture date, whether posts use it, missing
 * files and rights about to end. The collection filter lives in the side list. Each change
 * reloads from the first row.
 */
export function FilterBar() {
  const { t } = useTranslation();
  const ids = useId();
  const filters = useAssets((state) => state.filters);
  const set = (patch: Partial<LibraryFilters>) => useAssets.getState().setFilters(patch);
  const count = activeFilterCount(filters);

  return (
    <section className="assets-filters" aria-labelledby={`${ids}-title`}>
      <div className="assets-side__head">
        <h2 id={`${ids}-title`} className="assets-side__title">
          {t('assets.filters.label')}
        </h2>
        {count > 0 && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => useAssets.getState().clearFilters()}
          >
            {t('assets.filters.clear', { count })}
          </button>
        )}
      </div>
      <label className="assets-filter" htmlFor={`${ids}-kind`}>
        <span>{t('assets.filters.kind')}</span>
        <select
          id={`${ids}-kind`}
          value={filters.kind}
          onChange={(event) => set({ kind: event.target.value as LibraryFilters['kind'] })}
        >
          <option value="any">{t('assets.filters.anyKind')}</option>
          {assetKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`assets.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <TagFilter />
      <label className="assets-filter" htmlFor={`${ids}-orientation`}>
        <span>{t('assets.filters.orientation')}</span>
        <select
          id={`${ids}-orientation`}
          value={filters.orientation}
          onChange={(event) =>
            set({ orientation: event.target.value as LibraryFilters['orientation'] })
          }
        >
          <option value="any">{t('assets.filters.any')}</option>
          {orientations.map((orientation) => (
            <option key={orientation} value={orientation}>
              {t(`assets.orientation.${orientation}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="assets-filter" htmlFor={`${ids}-from`}>
        <span>{t('assets.filters.from')}</span>
        <DateInput
          id={`${ids}-from`}
          value={filters.from}
          max={filters.to || undefined}
          onValue={(value) => set({ from: value })}
        />
      </label>
      <label className="assets-filter" htmlFor={`${ids}-to`}>
        <span>{t('assets.filters.to')}</span>
        <DateInput
          id={`${ids}-to`}
          value={filters.to}
          min={filters.from || undefined}
          onValue={(value) => set({ to: value })}
        />
      </label>
      <label className="assets-filter" htmlFor={`${ids}-usage`}>
        <span>{t('assets.filters.usage')}</span>
        <select
          id={`${ids}-usage`}
          value={filters.usage}
          onChange={(event) => set({ usage: event.target.value as LibraryFilters['usage'] })}
        >
          <option value="any">{t('assets.filters.any')}</option>
          <option value="used">{t('assets.filters.used')}</option>
          <option value="unused">{t('assets.filters.unused')}</option>
        </select>
      </label>
      <label className="assets-check">
        <input
          type="checkbox"
          checked={filters.missingOnly}
          onChange={(event) => set({ missingOnly: event.target.checked })}
        />
        {t('assets.filters.missing')}
      </label>
      <label className="assets-check">
        <input
          type="checkbox"
          checked={filters.rightsExpiring}
          onChange={(event) => set({ rightsExpiring: event.target.checked })}
        />
        {t('assets.filters.rightsExpiring')}
      </label>
    </section>
  );
}

const suggestionLimit = 8;

/**
 * Tags as a filter: type and pick from the library's tags (a combobox), each chosen tag a chip
 * that removes itself. Suggestions render only while typing, so hundreds of tags cost nothing.
 */
function TagFilter() {
  const { t } = useTranslation();
  const ids = useId();
  const chosen = useAssets((state) => state.filters.tags);
  const tags = useAssets((state) => state.tags);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const suggestions = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase('id');
    const taken = new Set(chosen.map((tag) => tag.toLocaleLowerCase('id')));
    return tags
      .filter(
        ({ tag }) =>
          !taken.has(tag.toLocaleLowerCase('id')) &&
          (needle === '' || tag.toLocaleLowerCase('id').includes(needle)),
      )
      .slice(0, suggestionLimit);
  }, [tags, text, chosen]);

  const choose = (tag: string) => {
    const value = tag.trim();
    setText('');
    setOpen(false);
    if (!value || chosen.some((item) => item.toLowerCase() === value.toLowerCase())) return;
    useAssets.getState().setFilters({ tags: [...chosen, value] });
  };
  const remove = (tag: string) =>
    useAssets.getState().setFilters({ tags: chosen.filter((item) => item !== tag) });

  const showList = open && suggestions.length > 0;
  return (
    <div className="assets-filter assets-tag-filter">
      <label htmlFor={`${ids}-tag`}>{t('assets.filters.tag')}</label>
      <div className="assets-tag-filter__box">
        {chosen.map((tag) => (
          <button
            key={tag}
            type="button"
            className="assets-chip assets-chip--button"
            aria-label={t('assets.filters.removeTag', { tag })}
            onClick={() => remove(tag)}
          >
            {tag} <span aria-hidden="true">×</span>
          </button>
        ))}
        <input
          id={`${ids}-tag`}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={`${ids}-tag-list`}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${ids}-tag-${active}` : undefined}
          value={text}
          placeholder={chosen.length ? '' : t('assets.filters.tagPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && suggestions.length) {
              event.preventDefault();
              setOpen(true);
              setActive((index) => (index + 1) % suggestions.length);
            } else if (event.key === 'ArrowUp' && suggestions.length) {
              event.preventDefault();
              setActive((index) => (index - 1 + suggestions.length) % suggestions.length);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(showList ? suggestions[active]!.tag : text);
            } else if (event.key === 'Escape' && open) {
              event.stopPropagation();
              setOpen(false);
            } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
              remove(chosen[chosen.length - 1]!);
            }
          }}
        />
      </div>
      {showList && (
        <ul className="assets-suggestions" role="listbox" id={`${ids}-tag-list`}>
          {suggestions.map(({ tag, count }, index) => (
            <li
              key={tag}
              id={`${ids}-tag-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(tag);
              }}
            >
              {tag} <span className="muted">({count})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
