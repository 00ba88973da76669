import { useEffect, useState } from 'react'
import type { DocumentMeta } from '../../../shared/document-model'
import type { ImportOutcome } from '../../../shared/ipc/library'
import { unwrap } from '../bridge/call-margin'

export interface ImportReport {
  kind: 'success' | 'error'
  message: string
  /** One line per file that could not be imported, each naming the file and the reason. */
  details: string[]
}

export function describeOutcome(outcome: ImportOutcome): ImportReport | null {
  const { imported, failed, cancelled } = outcome
  const parts: string[] = []
  if (imported.length === 1) parts.push(`Imported “${imported[0]!.title}”.`)
  else if (imported.length > 1) parts.push(`Imported ${imported.length} documents.`)
  // One failure alone reads as a sentence; several are listed under a count.
  const listed = failed.length > 1 || (failed.length === 1 && parts.length > 0)
  if (failed.length === 1 && !listed) parts.push(failed[0]!.message)
  if (listed)
    parts.push(
      failed.length === 1
        ? 'One file could not be imported:'
        : `${failed.length} files could not be imported:`,
    )
  if (cancelled) parts.push('Import cancelled.')
  if (parts.length === 0) return null
  return {
    kind: failed.length > 0 ? 'error' : 'success',
    message: parts.join(' '),
    details: listed ? failed.map((failure) => failure.message) : [],
  }
}

/** The library's documents, refreshed whenever the main side says the library changed. */
export function useLibrary() {
  const [documents, setDocuments] = useState<DocumentMeta[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    const load = () =>
      unwrap(window.margin.listDocuments()).then(
        (list) => {
          if (!live) return
          setDocuments(list)
          setError(null)
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      )
    void load()
    const stop = window.margin.onLibraryChanged(() => void load())
    return () => {
      live = false
      stop()
    }
  }, [])

  return { documents, error }
}

export async function readDroppedFiles(
  files: Iterable<File>,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = []
  for (const file of files)
    out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  return out
}
