import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/people';
import type { ApprovalSteps } from '../../../shared/domain/post-status';
import type { BulkStore } from './bulk-store';
import { actionsForRole, applicable, type BulkPost } from './model';

/**
 * "3 dipilih · Ajukan · Setujui · Minta revisi · Pindahkan · Hapus": what the selection can be
 * given. Each button says how many of the selected posts it applies to; the API checks every
 * post again.
 */
export function BulkBar({
  store,
  selected,
  role,
  approvalSteps = 1,
  total,
  onSelectAll,
  announce = true,
}: {
  store: BulkStore;
  selected: BulkPost[];
  role: Role;
  approvalSteps?: ApprovalSteps;
  /** Posts in the list, for "Pilih semua". */
  total: number;
  onSelectAll(): void;
  /** False where the list announces its count itself (the calendar's month, whose bar comes and goes). */
  announce?: boolean;
}) {
  const { t } = useTranslation();
  const busy = store((state) => state.busy);
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('actions.bulk.toolbar')}>
      <span className="bulk-bar__count" aria-live={announce ? 'polite' : undefined}>
        {t('actions.bulk.selected', { count: selected.length })}
      </span>
      {selected.length < total && (
        <button type="button" className="button button--small button--quiet" onClick={onSelectAll}>
          {t('actions.bulk.selectAll', { count: total })}
        </button>
      )}
      {selected.length > 0 && (
        <>
          {actionsForRole(role, approvalSteps).map((action) => {
            const count = applicable(action, selected).length;
            // "Terbit sesuai jadwal" only when the selection holds approved posts: the bar keeps
            // its one row beside the filters for the everyday actions.
            if (action === 'publish' && count === 0) return null;
            return (
              <button
                key={action}
                type="button"
                className={`button button--small${action === 'delete' ? ' button--danger' : ''}`}
                disabled={busy || count === 0}
                onClick={() => void store.getState().open(action, selected)}
              >
                {t(`actions.bulk.verbs.${action}`)}
                {count !== selected.length && count > 0 && (
                  <span className="bulk-bar__applies"> ({count})</span>
                )}
              </button>
            );
          })}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => store.getState().clear()}
          >
            {t('actions.bulk.clear')}
          </button>
        </>
      )}
    </div>
  );
}
