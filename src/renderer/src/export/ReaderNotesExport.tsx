import { useState } from 'react'
import { ReaderSlot, useReaderNavigation } from '../reader/reader-navigation'
import { ExportDialog } from './ExportDialog'
import { PassageJump } from './PassageJump'

/** In the reader: a toolbar button exporting this document's notes, and the passage links' jumps. */
export function ReaderNotesExport() {
  const { documentId } = useReaderNavigation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <PassageJump />
      <ReaderSlot name="toolbar">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Export notes
        </button>
      </ReaderSlot>
      {open && <ExportDialog documentId={documentId} onClose={() => setOpen(false)} />}
    </>
  )
}
