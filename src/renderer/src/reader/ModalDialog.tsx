import { useEffect, useId, useRef, type ReactNode } from 'react'

/** A modal dialog (the platform's <dialog>: focus trapped, Esc closes), open while mounted. */
export function ModalDialog({
  title,
  onClose,
  children,
  className = '',
}: {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog
      ref={dialog}
      className={`reader-dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="reader-dialog__header">
        <h2 id={titleId} className="reader-dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </header>
      {children}
    </dialog>
  )
}
