import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/Dialog';
import { useCurrentPerson } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { formatInstant } from './format';
import { StatusBadge } from './StatusBadge';
import { useTrash } from './trash-store';
import './editor.css';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * "Sampah": deleted posts, newest deletion first, each with "Pulihkan", in the shared modal
 * dialog. Open while mounted.
 */
export function TrashDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const actor = useCurrentPerson();
  const { posts, message, busyId, restore } = useTrash();

  useEffect(() => {
    const trash = useTrash.getState();
    trash.load();
    return () => trash.close();
  }, []);

  return (
    <ModalDialog
      className="trash-dialog"
      labelledBy="trash-dialog-title"
      onClose={onClose}
      closeOnBackdrop={false}
    >
      <div className="trash-dialog__inner">
        <header className="trash-dialog__header">
          <div>
            <h2 id="trash-dialog-title">{t('editor.trash.title')}</h2>
            <p>{t('editor.trash.description')}</p>
          </div>
          <button
            type="button"
            className="editor-panel__close"
            aria-label={t('editor.trash.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <div className="trash-dialog__body">
          <p
            className={message ? `editor-notice editor-notice--${message.tone}` : 'visually-hidden'}
            role="status"
          >
            {message?.text ?? ''}
          </p>
          {posts === null ? (
            <p className="muted">{t('editor.loading')}</p>
          ) : posts.length === 0 ? (
            <p className="list-empty">{t('editor.trash.empty')}</p>
          ) : (
            <ul className="trash-list" aria-label={t('editor.trash.title')}>
              {posts.map((post) => (
                <li key={post.id} className="trash-item">
                  <span className="trash-item__text">
                    <span className="trash-item__title">{post.title}</span>
                    <span className="trash-item__meta">
                      {post.deletedAt &&
                        t('editor.trash.deletedAt', {
                          when: formatInstant(post.deletedAt, zone, i18n.language),
                        })}
                      {post.scheduledAt && (
                        <>
                          {' · '}
                          {t('editor.trash.scheduledFor', {
                            when: formatInstant(post.scheduledAt, zone, i18n.language),
                          })}
                        </>
                      )}
                    </span>
                  </span>
                  <StatusBadge status={post.status} />
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('editor.trash.restoreItem', { title: post.title })}
                    disabled={busyId !== null}
                    onClick={() => void restore(post, actor?.id ?? null)}
                  >
                    {t('editor.trash.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}

/** The calendar header's "Sampah" button; it owns its dialog. */
export function TrashButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <TrashIcon />
        {t('editor.trash.open')}
      </button>
      {open && (
        <TrashDialog
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}

function TrashIcon() {
  return (
    <svg
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5.5M14 11v5.5" />
    </svg>
  );
}
