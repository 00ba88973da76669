import { useState } from 'react'
import { BackupDialog } from '../backup/BackupDialog'
import { ExportDialog } from './ExportDialog'

/** The library bar's way to notes exports and backups. */
export function LibraryNotesActions() {
  const [open, setOpen] = useState<'export' | 'backup' | null>(null)
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen('export')}>
        Export notes
      </button>
      <button type="button" className="button button--quiet" onClick={() => setOpen('backup')}>
        Backup
      </button>
      {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
      {open === 'backup' && <BackupDialog onClose={() => setOpen(null)} />}
    </>
  )
}
