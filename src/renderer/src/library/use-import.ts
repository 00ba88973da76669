import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportOutcome } from '../../../shared/ipc/library'
import { unwrap } from '../bridge/call-margin'
import { describeOutcome, type ImportReport } from './use-library'

export interface ImportActivity {
  importId: string
  /** Files finished so far, of `total` (known once the files are chosen). */
  done: number
  total: number
  fileName: string
  phase: 'reading' | 'parsing' | 'saving' | 'finished' | 'starting'
  cancelling: boolean
}

/** Browser mode uploads a big selection in parts, so no request grows beyond what the server takes. */
const PART_FILES = 50
const PART_BYTES = 128 * 1024 * 1024

export function splitIntoParts(files: readonly File[]): File[][] {
  const parts: File[][] = []
  let part: File[] = []
  let bytes = 0
  for (const file of files) {
    if (part.length > 0 && (part.length >= PART_FILES || bytes + file.size > PART_BYTES)) {
      parts.push(part)
      part = []
      bytes = 0
    }
    part.push(file)
    bytes += file.size
  }
  if (part.length > 0) parts.push(part)
  return parts
}

function merge(into: ImportOutcome, part: ImportOutcome): ImportOutcome {
  return {
    imported: [...into.imported, ...part.imported],
    failed: [...into.failed, ...part.failed],
    ...(into.cancelled || part.cancelled ? { cancelled: true } : {}),
  }
}

/** Imports with progress from the main side's events, and a way to cancel. */
export function useImport() {
  const [activity, setActivity] = useState<ImportActivity | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const offset = useRef(0)
  const cancelled = useRef(false)
  const activeId = useRef<string | null>(null)

  useEffect(
    () =>
      window.margin.onImportProgress((progress) =>
        setActivity((current) =>
          current && current.importId === progress.importId && progress.phase !== 'finished'
            ? {
                ...current,
                done: offset.current + progress.index,
                total: Math.max(current.total, offset.current + progress.total),
                fileName: progress.fileName,
                phase: progress.phase,
              }
            : current,
        ),
      ),
    [],
  )

  const run = useCallback(
    async (total: number, call: (importId: string) => Promise<ImportOutcome>) => {
      const importId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      offset.current = 0
      cancelled.current = false
      activeId.current = importId
      setReport(null)
      setActivity({ importId, done: 0, total, fileName: '', phase: 'starting', cancelling: false })
      try {
        setReport(describeOutcome(await call(importId)))
      } catch (e) {
        setReport({
          kind: 'error',
          message: e instanceof Error ? e.message : String(e),
          details: [],
        })
      } finally {
        activeId.current = null
        setActivity(null)
      }
    },
    [],
  )

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) {
        setReport({
          kind: 'error',
          message: 'There was nothing Margin can read there (TXT, Markdown, HTML or EPUB).',
          details: [],
        })
        return Promise.resolve()
      }
      return run(files.length, async (importId) => {
        let outcome: ImportOutcome = { imported: [], failed: [] }
        for (const part of splitIntoParts(files)) {
          if (cancelled.current) return { ...outcome, cancelled: true }
          const read = await Promise.all(
            part.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
          )
          outcome = merge(outcome, await unwrap(window.margin.importFiles(read, importId)))
          offset.current += part.length
          if (outcome.cancelled) break
        }
        return outcome
      })
    },
    [run],
  )

  const importFromDialog = useCallback(
    (kind: 'files' | 'folder') =>
      run(0, (importId) =>
        unwrap(
          kind === 'files'
            ? window.margin.importFromDialog(importId)
            : window.margin.importFolderFromDialog(importId),
        ),
      ),
    [run],
  )

  const cancel = useCallback(() => {
    cancelled.current = true
    if (activeId.current) void window.margin.cancelImport(activeId.current)
    setActivity((current) => current && { ...current, cancelling: true })
  }, [])

  return { activity, report, setReport, importFiles, importFromDialog, cancel }
}
