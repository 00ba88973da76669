import { useEffect, useRef, type ReactNode } from 'react'

interface ModalDialogProps {
  labelledBy: string
  onClose: () => void
  className?: string
  children: ReactNode
}

const FOCUSABLE = 'button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"]), a[href]'

/** A modal dialog: focus moves in and is kept there, Escape closes, focus returns to where it was. */
export function ModalDialog({ labelledBy, onClose, className, children }: ModalDialogProps) {
  const box = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    // On the document, not the box: focus may have left it (a button disabled while it works).
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      close.current()
    }
    document.addEventListener('keydown', onEscape)
    return () => {
      document.removeEventListener('keydown', onEscape)
      before?.focus?.()
    }
  }, [])

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== 'Tab' || !box.current) return
    const focusable = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE))
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

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close.current()}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        className={`modal ${className ?? ''}`}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  )
}
