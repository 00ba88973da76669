import { useEffect, useId, useRef, type ReactNode } from 'react'

/** A modal on the platform's <dialog> (focus kept inside, Esc closes), open while mounted. */
export function DialogFrame({
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
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal()
      else element.setAttribute('open', '') // jsdom has no modal dialogs
    }
    return () => {
      if (element?.open && typeof element.close === 'function') element.close()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className={`notes-dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="notes-dialog__header">
        <h2 id={titleId} className="notes-dialog__title">
          {title}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      {children}
    </dialog>
  )
}
