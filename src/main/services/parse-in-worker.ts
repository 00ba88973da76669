import type { ParsedDocument } from '../../shared/document-model'
import { MarginError, type IpcError } from '../../shared/ipc/result'
import type { ParseDocument } from './document-folder'
import { createImportWorkerPool, type WorkerPoolOptions } from './import-worker-pool'

export interface WorkerRequest {
  bytes: Uint8Array
  fileName: string
  encoding?: string
  sourcePath?: string
}
export type WorkerReply = { ok: true; doc: ParsedDocument } | { ok: false; error: IpcError }

/**
 * A parse function that runs each file in a warm worker thread (see import-worker-pool.ts), so a
 * long import never blocks the main process, and cancelling one simply ends its thread.
 * `workerFile` is the built import-worker.js (any script speaking WorkerRequest/WorkerReply).
 */
export function createWorkerParse(
  workerFile: string | URL,
  options: WorkerPoolOptions = {},
): ParseDocument {
  const pool = createImportWorkerPool(workerFile, options)
  return async (bytes, fileName, { signal, encoding, sourcePath } = {}) => {
    const request: WorkerRequest = {
      bytes,
      fileName,
      ...(encoding ? { encoding } : {}),
      ...(sourcePath ? { sourcePath } : {}),
    }
    const outcome = await pool.run(request, signal)
    if (outcome.kind === 'cancelled')
      throw new MarginError('cancelled', `The import of ${fileName} was cancelled.`)
    if (outcome.kind === 'crashed') {
      throw new MarginError(
        'internal',
        `Margin could not read ${fileName}: its reader stopped unexpectedly.`,
      )
    }
    if (!outcome.reply.ok)
      throw new MarginError(outcome.reply.error.code, outcome.reply.error.message)
    return outcome.reply.doc
  }
}
