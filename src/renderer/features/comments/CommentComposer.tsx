import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxCommentTextLength } from '../../../shared/domain/comments';
import {
  mentionQueryAt,
  mentionSuggestions,
  type MentionablePerson,
} from '../../../shared/domain/mentions';

interface Props {
  people: MentionablePerson[];
  label: string;
  submitLabel: string;
  initial?: string;
  /** Resolves true when the text was taken (then the composer empties or closes). */
  onSubmit(text: string): Promise<boolean>;
  onCancel?(): void;
}

/**
 * A comment box that offers colleagues' names after "@": arrows move through them, Enter (or
 * Tab) takes one, Esc closes the list. The list is a listbox the textarea points at with
 * `aria-activedescendant`, so a screen reader hears the highlighted name.
 */
export function CommentComposer({
  people,
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial);
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [sending, setSending] = useState(false);

  const query = mentionQueryAt(text, caret);
  const suggestions =
    query && dismissed !== query.start ? mentionSuggestions(query.query, people) : [];
  const open = suggestions.length > 0;
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  function pick(person: MentionablePerson) {
    if (!query) return;
    const inserted = `@${person.name} `;
    const next = text.slice(0, query.start) + inserted + text.slice(caret);
    const at = query.start + inserted.length;
    setText(next);
    setCaret(at);
    setActive(0);
    // The name is complete: the list would otherwise stay open on "@Budi Santoso ".
    setDismissed(query.start);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(suggestions[Math.min(active, suggestions.length - 1)]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(query!.start);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.stopPropagation();
      onCancel();
    }
  }

  async function submit() {
    if (sending || text.trim() === '') return;
    setSending(true);
    const taken = await onSubmit(text);
    setSending(false);
    if (taken) {
      setText('');
      setCaret(0);
      setDismissed(null);
    }
  }

  const tooLong = text.trim().length > maxCommentTextLength;
  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {label}
      </label>
      <div className="comment-composer__field">
        <textarea
          id={`${id}-text`}
          ref={ref}
          value={text}
          rows={3}
          placeholder={t('comments.placeholder')}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={
            open ? optionId(Math.min(active, suggestions.length - 1)) : undefined
          }
          aria-invalid={tooLong || undefined}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
            setActive(0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            className="mention-list"
            aria-label={t('comments.suggestions')}
          >
            {suggestions.map((person, index) => (
              <li
                key={person.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="mention-list__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(person);
                }}
              >
                {person.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="comment-composer__actions">
        {text.length > maxCommentTextLength * 0.9 && (
          <span className={tooLong ? 'comment-composer__count--over' : 'muted'}>
            {t('comments.length', { count: text.trim().length, max: maxCommentTextLength })}
          </span>
        )}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={sending || text.trim() === '' || tooLong}
        >
          {sending ? t('comments.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
