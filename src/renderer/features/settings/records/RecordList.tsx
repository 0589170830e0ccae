import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import { CheckboxField } from '../../../components/fields';
import { LoadProblem } from '../../../components/LoadProblem';

export interface RecordListProps<Row extends { id: string; name: string }> {
  rows: Row[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  onRetry(): void;
  isActive(row: Row): boolean;
  listLabel: string;
  emptyText: string;
  allInactiveText: string;
  showInactiveLabel: string;
  /** The row as read: name, badges, swatches. */
  renderSummary(row: Row): ReactNode;
  /** Shown in place of the row being edited; `done` returns to the summary. */
  renderEditor(row: Row, done: () => void): ReactNode;
  /** Read only (someone who may not change the list): no Ubah, no Nonaktifkan. */
  readOnly?: boolean;
  /** More buttons of a row, after Ubah (people: "Buat kata sandi sekali pakai"). */
  renderActions?(row: Row): ReactNode;
  deactivate: {
    label: (name: string) => string;
    text: string;
    run(row: Row): Promise<ApiResult<unknown>>;
  };
  reactivate: {
    label: (name: string) => string;
    text: string;
    run(row: Row): Promise<ApiResult<unknown>>;
  };
}

const editButtonId = (id: string) => `edit-${id}`;

/**
 * People, channels and content pillars are listed the same way: a toggle for archived rows, one
 * row per record with Ubah and Nonaktifkan/Aktifkan kembali, editing in place, and an empty
 * state that says what to do.
 */
export function RecordList<Row extends { id: string; name: string }>(props: RecordListProps<Row>) {
  const { t } = useTranslation();
  const { rows, status, isActive } = props;
  const [showInactive, setShowInactive] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const visible = showInactive ? rows : rows.filter(isActive);
  const hasInactive = rows.some((row) => !isActive(row));
  const toggleId = useId();
  // Where focus goes once the next render has put that element on screen.
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const id = pendingFocus.current;
    const element = id ? document.getElementById(id) : null;
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const finishEditing = (id: string) => {
    // Back to the button that opened the editor, so keyboard users keep their place.
    pendingFocus.current = editButtonId(id);
    setEditingId(null);
  };

  const runAction = async (action: () => Promise<ApiResult<unknown>>, hidesRow: boolean) => {
    setActionError(null);
    // The row is about to leave the list; the toggle that brings it back is the next sensible place.
    if (hidesRow) pendingFocus.current = toggleId;
    const result = await action();
    if (!result.ok) {
      pendingFocus.current = null;
      setActionError(result.error.message);
    }
  };

  if (status === 'error')
    return <LoadProblem message={props.loadError?.message ?? ''} onRetry={props.onRetry} />;
  if (status !== 'ready') return null;

  return (
    <div className="record-list-block">
      {(hasInactive || showInactive) && (
        <div className="list-toolbar">
          <CheckboxField
            id={toggleId}
            label={props.showInactiveLabel}
            checked={showInactive}
            onChecked={setShowInactive}
          />
        </div>
      )}
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="list-empty">{props.emptyText}</p>
      ) : visible.length === 0 ? (
        <p className="list-empty">{props.allInactiveText}</p>
      ) : (
        <ul className="record-list" aria-label={props.listLabel}>
          {visible.map((row) => {
            const active = isActive(row);
            return (
              <li key={row.id} className={`record${active ? '' : ' record--inactive'}`}>
                {editingId === row.id ? (
                  <EditorSlot
                    render={props.renderEditor}
                    row={row}
                    done={() => finishEditing(row.id)}
                  />
                ) : (
                  <>
                    <div className="record__summary">{props.renderSummary(row)}</div>
                    {!props.readOnly && (
                      <div className="record__actions">
                        <button
                          type="button"
                          className="button button--small"
                          id={editButtonId(row.id)}
                          aria-label={t('common.editItem', { name: row.name })}
                          onClick={() => setEditingId(row.id)}
                        >
                          {t('common.edit')}
                        </button>
                        {active ? (
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            aria-label={props.deactivate.label(row.name)}
                            onClick={() =>
                              void runAction(() => props.deactivate.run(row), !showInactive)
                            }
                          >
                            {props.deactivate.text}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={props.reactivate.label(row.name)}
                            onClick={() => void runAction(() => props.reactivate.run(row), false)}
                          >
                            {props.reactivate.text}
                          </button>
                        )}
                        {props.renderActions?.(row)}
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The editor in a row's place: a component, so the focus-moving `done` is a prop, never called in render. */
function EditorSlot<Row>(props: {
  render(row: Row, done: () => void): ReactNode;
  row: Row;
  done(): void;
}) {
  return props.render(props.row, props.done);
}
