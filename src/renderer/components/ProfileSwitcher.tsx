import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/domain/people';
import { routeHash } from '../navigation/routes';
import { navigate } from '../navigation/use-route';
import { usePeople } from '../stores/collections';
import { useSession } from '../stores/session';
import './ProfileSwitcher.css';

/**
 * The person acting now, or null when nobody is chosen or the stored choice no longer names an
 * active person (archived, or another data directory). Screens offer actions by this person's
 * role; the API checks the role again.
 */
export function useCurrentPerson(): Person | null {
  const currentId = useSession((state) => state.currentPersonId);
  const people = usePeople((state) => state.rows);
  return people.find((person) => person.id === currentId && person.active) ?? null;
}

/**
 * "Saya: Rina (Perencana)" at the foot of the sidebar. There is no sign-in: the office shares
 * one computer, and whoever sits at it says who they are here. A menu of radio items (arrow
 * keys, Home/End, Esc) lists the active people with their roles.
 */
export function ProfileSwitcher() {
  const { t } = useTranslation();
  const people = usePeople((state) => state.rows);
  const status = usePeople((state) => state.status);
  const setCurrentPerson = useSession((state) => state.setCurrentPerson);
  const current = useCurrentPerson();
  const active = people.filter((person) => person.active);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const ids = useId();
  const menuId = `${ids}-menu`;
  const hintId = `${ids}-hint`;

  // Focus the chosen person (or the first) when the menu opens.
  useEffect(() => {
    if (!open) return;
    const items = menuItems(menuRef.current);
    const checked = items.find((item) => item.getAttribute('aria-checked') === 'true');
    (checked ?? items[0])?.focus();
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

  if (status !== 'ready') return null;

  if (active.length === 0) {
    return (
      <div className="profile profile--empty">
        <p className="profile__empty-text">{t('profile.noPeople')}</p>
        <a className="profile__link" href={routeHash({ screen: 'settings', section: 'people' })}>
          {t('profile.addPeople')}
        </a>
      </div>
    );
  }

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (person: Person) => {
    setCurrentPerson(person.id);
    setAnnouncement(t('profile.switched', { name: person.name }));
    close(true);
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
    <div className={`profile${current ? '' : ' profile--unset'}`} ref={containerRef}>
      {!current && (
        <p className="profile__prompt" id={hintId}>
          {t('profile.choosePrompt')}
        </p>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="profile__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={current ? undefined : hintId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="profile__avatar" aria-hidden="true">
          {current ? initials(current.name) : '?'}
        </span>
        <span className="profile__text">
          {current ? (
            <>
              <span className="profile__name">{t('profile.me', { name: current.name })}</span>
              <span className="profile__role">{t(`people.roles.${current.role}`)}</span>
            </>
          ) : (
            <span className="profile__name">{t('profile.choose')}</span>
          )}
        </span>
        <span className="profile__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          className="profile__menu"
          role="menu"
          aria-label={t('profile.menuLabel')}
          onKeyDown={onMenuKeyDown}
        >
          {active.map((person) => (
            <li
              key={person.id}
              role="menuitemradio"
              aria-checked={person.id === current?.id}
              tabIndex={-1}
              className="profile__item"
              onClick={() => choose(person)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(person);
                }
              }}
            >
              <span className="profile__check" aria-hidden="true">
                {person.id === current?.id ? '✓' : ''}
              </span>
              <span className="profile__item-name">{person.name}</span>
              <span className={`badge badge--${person.role}`}>
                {t(`people.roles.${person.role}`)}
              </span>
            </li>
          ))}
          <li role="separator" className="profile__separator" />
          <li
            role="menuitem"
            tabIndex={-1}
            className="profile__item profile__item--manage"
            onClick={() => {
              close(false);
              navigate({ screen: 'settings', section: 'people' });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                close(false);
                navigate({ screen: 'settings', section: 'people' });
              }
            }}
          >
            {t('profile.manage')}
          </li>
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu
    ? [...menu.querySelectorAll<HTMLElement>('[role="menuitemradio"], [role="menuitem"]')]
    : [];
}

/** "Rina Wulandari" → "RW": a recognisable mark without a photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0]];
  return letters.join('').toUpperCase();
}
