import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react'
import './modal-dialog.css'

interface ModalDialogProps {
  /** Shown in the dialog's header, with a Close button, and names the dialog. */
  title?: ReactNode
  /** Without a title: the id of the heading inside `children` that names the dialog. */
  labelledBy?: string
  onClose: () => void
  className?: string
  children: ReactNode
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'

/**
 * The one modal dialog of the app, open while mounted: the platform's <dialog> shown modally (the
 * page behind is inert), Tab kept inside, Escape or a click outside closes it wherever focus is,
 * named by its title, and focus goes back where it was when it closes.
 */
export function ModalDialog({
  title,
  labelledBy,
  onClose,
  className = '',
  children,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])

  useEffect(() => {
    const element = dialog.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal()
      else element.setAttribute('open', '') // jsdom has no modal dialogs
    }
    if (element && !element.contains(document.activeElement)) {
      element.querySelector<HTMLElement>('[autofocus], ' + FOCUSABLE)?.focus()
    }
    // On the document: focus may have left the dialog (a button disabled while it works).
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      event.stopPropagation()
      close.current()
    }
    document.addEventListener('keydown', onEscape)
    return () => {
      document.removeEventListener('keydown', onEscape)
      if (element?.open && typeof element.close === 'function') element.close()
      // Back to where focus was, unless the closer has already put it somewhere on purpose.
      const now = document.activeElement
      if (before?.isConnected && (!now || now === document.body || element?.contains(now)))
        before.focus()
    }
  }, [])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Tab' || !dialog.current) return
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE))
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  function onMouseDown(event: MouseEvent<HTMLDialogElement>) {
    if (event.target !== event.currentTarget) return
    const box = event.currentTarget.getBoundingClientRect()
    const outside =
      event.clientX < box.left ||
      event.clientX > box.right ||
      event.clientY < box.top ||
      event.clientY > box.bottom
    if (outside) close.current() // a click on the backdrop
  }

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className}`}
      aria-labelledby={title !== undefined ? titleId : labelledBy}
      onCancel={(event) => {
        event.preventDefault()
        close.current()
      }}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
    >
      {title !== undefined && (
        <header className="modal-dialog__header">
          <h2 id={titleId} className="modal-dialog__title">
            {title}
          </h2>
          <button type="button" className="button button--quiet" onClick={() => close.current()}>
            Close
          </button>
        </header>
      )}
      {children}
    </dialog>
  )
}
