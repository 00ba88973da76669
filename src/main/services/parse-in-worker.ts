import { Worker } from 'node:worker_threads'
import type { ParsedDocument } from '../../shared/document-model'
import { MarginError, type IpcError } from '../../shared/ipc/result'
import type { ParseDocument } from './document-folder'

export interface WorkerRequest {
  bytes: Uint8Array
  fileName: string
  encoding?: string
  sourcePath?: string
}
/** A larger young generation: parsing makes many short-lived strings, and scavenges dominated GB18030 imports. */
const YOUNG_GENERATION_MB = 48

export type WorkerReply = { ok: true; doc: ParsedDocument } | { ok: false; error: IpcError }

/**
 * A parse function that runs each file in a fresh worker thread, so a long import never
 * blocks the main process, and cancelling one simply terminates its thread.
 * `workerFile` is the built import-worker.js (any script speaking WorkerRequest/WorkerReply).
 */
export function createWorkerParse(workerFile: string | URL): ParseDocument {
  return (bytes, fileName, options = {}) =>
    new Promise<ParsedDocument>((resolve, reject) => {
      const { signal, encoding, sourcePath } = options
      const cancelled = () => new MarginError('cancelled', `The import of ${fileName} was cancelled.`)
      if (signal?.aborted) return reject(cancelled())
      const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
      let settled = false
      const settle = (finish: () => void) => {
        if (settled) return
        settled = true
        signal?.removeEventListener('abort', onAbort)
        void worker.terminate()
        finish()
      }
      const onAbort = () => settle(() => reject(cancelled()))
      signal?.addEventListener('abort', onAbort, { once: true })
      worker.once('message', (reply: WorkerReply) =>
        settle(() => (reply.ok ? resolve(reply.doc) : reject(new MarginError(reply.error.code, reply.error.message)))),
      )
      worker.once('error', (error) => {
        console.error(error)
        settle(() => reject(new MarginError('internal', `Margin could not read ${fileName}: its reader stopped unexpectedly.`)))
      })
      worker.once('exit', () =>
        settle(() => reject(new MarginError('internal', `Margin could not read ${fileName}: its reader stopped unexpectedly.`))),
      )
      const request: WorkerRequest = {
        bytes,
        fileName,
        ...(encoding ? { encoding } : {}),
        ...(sourcePath ? { sourcePath } : {}),
      }
      worker.postMessage(request)
    })
}
