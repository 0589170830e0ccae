import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

/**
 * A native modal <dialog>, open while it is mounted: focus moves in, Tab stays inside, Escape
 * closes, and focus returns to what opened it. The owner shows it by rendering it and closes it
 * by unmounting it (`onClose` asks for that). The one place `showModal` is called.
 */
export function ModalDialog({
  className,
  labelledBy,
  onClose,
  closeOnBackdrop = true,
  children,
}: {
  className: string;
  /** The id of the dialog's heading. */
  labelledBy: string;
  onClose(): void;
  /** A click on the backdrop closes (default), as Escape does. */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);

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
      className={className}
      aria-labelledby={labelledBy}
      // Escape fires `cancel`; the owner unmounts the dialog, whose cleanup closes it. Listening
      // to `close` instead would also catch the cleanup's own close in StrictMode's re-run.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
      // Keys typed in the dialog are not the calendar's shortcuts behind it.
      onKeyDown={(event) => event.stopPropagation()}
    >
      {children}
    </dialog>
  );
}

/**
 * A modal question (tag, collection, delete): a title, a body and actions. The body is a form,
 * so Enter confirms.
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
  const titleId = useId();
  return (
    <ModalDialog className="assets-dialog" labelledBy={titleId} onClose={onClose}>
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
    </ModalDialog>
  );
}
