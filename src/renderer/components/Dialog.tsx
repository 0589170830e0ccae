import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

/**
 * A native modal dialog for the library's questions (tag, collection, delete): focus moves in,
 * Tab stays inside, Escape closes, and focus returns to what opened it. The body is a form, so
 * Enter confirms.
 */
export function Dialog({
  title,
  children,
  actions,
  onClose,
  onSubmit,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onClose(): void;
  onSubmit(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="assets-dialog"
      aria-labelledby={titleId}
      // Escape fires `cancel`; the owner unmounts the dialog, whose cleanup closes it.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="assets-dialog__body">{children}</div>
        <div className="assets-dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
