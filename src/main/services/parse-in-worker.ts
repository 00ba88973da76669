import type { ParsedDocument } from '../../shared/document-model'
import { MarginError, type IpcError } from '../../shared/ipc/result'
import type { DocumentSummary, ParseDocument, ParseInto, ParseOptions } from './document-folder'
import {
  createImportWorkerPool,
  type WorkerOutcome,
  type WorkerPoolOptions,
} from './import-worker-pool'

export interface WorkerRequest {
  bytes: Uint8Array
  fileName: string
  encoding?: string
  sourcePath?: string
  /** Given, the worker writes the document's parts and assets there and answers only its summary. */
  stagingDir?: string
}
export type WorkerReply =
  | { ok: true; doc: ParsedDocument }
  | { ok: true; written: DocumentSummary }
  | { ok: false; error: IpcError }

function requestOf(
  bytes: Uint8Array,
  fileName: string,
  { encoding, sourcePath }: ParseOptions,
): WorkerRequest {
  return {
    bytes,
    fileName,
    ...(encoding ? { encoding } : {}),
    ...(sourcePath ? { sourcePath } : {}),
  }
}

/** The worker's answer, or the error a person can read. */
function answerOf(outcome: WorkerOutcome, fileName: string): Exclude<WorkerReply, { ok: false }> {
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
  return outcome.reply
}

/**
 * Parsing in warm worker threads (see import-worker-pool.ts), so a long import never blocks the
 * main process, and cancelling one simply ends its thread. `parse` clones the whole document back;
 * `parseInto` has the worker write it into a staging folder and clones back only its summary.
 * `workerFile` is the built import-worker.js (any script speaking WorkerRequest/WorkerReply).
 */
export function createWorkerImport(
  workerFile: string | URL,
  options: WorkerPoolOptions = {},
): { parse: ParseDocument; parseInto: ParseInto } {
  const pool = createImportWorkerPool(workerFile, options)
  return {
    async parse(bytes, fileName, parseOptions = {}) {
      const answer = answerOf(
        await pool.run(requestOf(bytes, fileName, parseOptions), parseOptions.signal),
        fileName,
      )
      if (!('doc' in answer)) throw new Error('The import worker answered a summary to a parse.')
      return answer.doc
    },
    async parseInto(stagingDir, bytes, fileName, parseOptions = {}) {
      const request = { ...requestOf(bytes, fileName, parseOptions), stagingDir }
      const answer = answerOf(await pool.run(request, parseOptions.signal), fileName)
      if (!('written' in answer))
        throw new Error('The import worker answered a document instead of writing it.')
      return answer.written
    },
  }
}

/** A parse function over warm worker threads; see createWorkerImport. */
export function createWorkerParse(
  workerFile: string | URL,
  options: WorkerPoolOptions = {},
): ParseDocument {
  return createWorkerImport(workerFile, options).parse
}
