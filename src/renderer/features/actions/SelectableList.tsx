import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkStore } from './bulk-store';

/**
 * The keys of a list whose rows can be selected: ↑/↓ move between the rows' checkboxes, Space
 * toggles the focused one (Shift+Space, like Shift-click, adds the range from the last one
 * toggled), Ctrl+A selects the whole list, Esc clears the selection.
 */
export function listKeys(store: BulkStore, order: readonly string[]) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const boxes = [
      ...event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-bulk-select]'),
    ];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      store.getState().selectAll(order);
      return;
    }
    if (event.key === 'Escape' && store.getState().selection.ids.size > 0) {
      event.preventDefault();
      store.getState().clear();
      return;
    }
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next =
        boxes[
          Math.min(boxes.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))
        ];
      next?.focus();
      if (event.shiftKey && next?.dataset.bulkSelect) {
        store.getState().toggle(next.dataset.bulkSelect, order, true);
      }
    }
  };
}

/** A row's checkbox: click or Space toggles, Shift-click selects the range. */
export function SelectBox({
  store,
  id,
  title,
  order,
}: {
  store: BulkStore;
  id: string;
  title: string;
  order: readonly string[];
}) {
  const { t } = useTranslation();
  const checked = store((state) => state.selection.ids.has(id));
  return (
    <input
      type="checkbox"
      className="bulk-select"
      data-bulk-select={id}
      checked={checked}
      aria-label={t('actions.bulk.select', { title })}
      onChange={(event) =>
        store.getState().toggle(id, order, (event.nativeEvent as MouseEvent).shiftKey === true)
      }
    />
  );
}

/** The list around the rows, with the keys above and a hint for them. */
export function SelectableList({
  store,
  order,
  label,
  children,
}: {
  store: BulkStore;
  order: readonly string[];
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="selectable-list"
      role="group"
      aria-label={label}
      onKeyDown={listKeys(store, order)}
    >
      <p className="selectable-list__hint muted">{t('actions.bulk.keysHint')}</p>
      {children}
    </div>
  );
}
