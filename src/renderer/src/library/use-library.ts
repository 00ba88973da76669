import { useEffect, useState } from 'react'
import type { DocumentMeta } from '../../../shared/document-model'
import type { ImportOutcome } from '../../../shared/ipc/library'
import { unwrap } from '../bridge/call-margin'

export interface ImportReport {
  kind: 'success' | 'error'
  message: string
}

export function describeOutcome(outcome: ImportOutcome): ImportReport | null {
  const parts: string[] = []
  if (outcome.imported.length === 1) parts.push(`Imported “${outcome.imported[0]!.title}”.`)
  else if (outcome.imported.length > 1) parts.push(`Imported ${outcome.imported.length} documents.`)
  for (const failure of outcome.failed) parts.push(failure.message)
  if (outcome.cancelled) parts.push('Import cancelled.')
  if (parts.length === 0) return null
  return { kind: outcome.failed.length > 0 ? 'error' : 'success', message: parts.join(' ') }
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

export async function readDroppedFiles(files: Iterable<File>): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = []
  for (const file of files) out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  return out
}
