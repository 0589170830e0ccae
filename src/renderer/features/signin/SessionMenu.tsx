import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useSession } from '../../stores/session';
import { isDirty } from '../editor/draft';
import { isReadOnly, useEditor } from '../editor/store';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { initials } from './model';
import { useSignIn } from './store';
import './session.css';

/** The toast after a password change fades after this long. */
const toastMs = 10_000;

type Choice = 'changePassword' | 'switchUser' | 'signOut';
const choices: Choice[] = ['changePassword', 'switchUser', 'signOut'];
type Leave = 'switchUser' | 'signedOut';

/** A post open in the editor with changes not yet saved: leaving would drop them. */
function unsavedPost(): boolean {
  const { key, original, draft, post } = useEditor.getState();
  return key !== null && isDirty(original, draft) && !isReadOnly(post);
}

/**
 * "Saya: Rina Wulandari (Perencana)" at the foot of the sidebar: the signed-in person of this
 * window, who acts in every request (the server takes the person from the session). Its menu
 * (arrow keys, Home/End, Esc) changes the password, hands the computer to someone else, or
 * signs out.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const signedIn = useSession((state) => state.signedIn);
  const passwordChanged = useSignIn((state) => state.passwordChanged);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [leaving, setLeaving] = useState<Leave | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const menuId = `${useId()}-menu`;

  useEffect(() => {
    if (open) menuItems(menuRef.current)[0]?.focus();
  }, [open]);

  // A click anywhere else closes the menu, as a native menu would.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (!passwordChanged) return;
    const timer = setTimeout(() => useSignIn.getState().dismissPasswordChanged(), toastMs);
    return () => clearTimeout(timer);
  }, [passwordChanged]);

  // A role changed by an administrator shows when the person comes back to this window.
  useEffect(() => {
    const onFocus = () => void useSignIn.getState().refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (!signedIn) return null;
  const { person } = signedIn;
  const role = t(`people.roles.${person.role}`);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const leave = (reason: Leave) => {
    setLeaving(null);
    void useSignIn.getState().signOut(reason);
  };

  const choose = (choice: Choice) => {
    const reason: Leave = choice === 'switchUser' ? 'switchUser' : 'signedOut';
    const asks = choice === 'changePassword' || unsavedPost();
    // A dialog returns the focus to the menu's button when it closes.
    close(asks);
    if (choice === 'changePassword') setDialog(true);
    else if (asks) setLeaving(reason);
    else leave(reason);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="session" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="session__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('session.menu.button', { name: person.name, role })}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="session__avatar" aria-hidden="true">
          {initials(person.name)}
        </span>
        <span className="session__text">
          <span className="session__name">{t('session.menu.me', { name: person.name })}</span>
          <span className="session__role">{role}</span>
        </span>
        <span className="session__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          className="session__menu"
          role="menu"
          aria-label={t('session.menu.label')}
          onKeyDown={onMenuKeyDown}
        >
          {choices.map((choice) => (
            <li
              key={choice}
              role="menuitem"
              tabIndex={-1}
              className="session__item"
              onClick={() => choose(choice)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(choice);
                }
              }}
            >
              {t(`session.menu.${choice}`)}
            </li>
          ))}
        </ul>
      )}
      {dialog && <ChangePasswordDialog onClose={() => setDialog(false)} />}
      {leaving && (
        <Dialog
          title={t('session.unsaved.title')}
          onClose={() => setLeaving(null)}
          onSubmit={() => leave(leaving)}
          actions={
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setLeaving(null)}
              >
                {t('session.unsaved.stay')}
              </button>
              <button type="submit" className="button">
                {t(`session.unsaved.${leaving}`)}
              </button>
            </>
          }
        >
          <p>{t('session.unsaved.body')}</p>
        </Dialog>
      )}
      <div className="session__toast-region" role="status" aria-live="polite">
        {passwordChanged && (
          <div className="session__toast">
            <p>{t('session.password.changed')}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => useSignIn.getState().dismissPasswordChanged()}
            >
              {t('session.password.closeToast')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}
