/**
 * The import worker's entry (its own bundle, out/main/import-worker.js): parses files one at a
 * time off the main process's event loop and posts each document, or the error a person can read,
 * back. The thread is kept warm for the next import (see import-worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads'
import { toIpcError } from '../../shared/ipc/result'
import { importDocument } from './importers/import-document'
import type { ParseDocument } from './document-folder'
import type { WorkerReply, WorkerRequest } from './parse-in-worker'

const parse: ParseDocument = importDocument

parentPort?.on('message', ({ bytes, fileName, encoding, sourcePath }: WorkerRequest) => {
  Promise.resolve()
    .then(() => parse(bytes, fileName, { ...(encoding ? { encoding } : {}), ...(sourcePath ? { sourcePath } : {}) }))
    .then(
      (doc): WorkerReply => ({ ok: true, doc }),
      (error: unknown): WorkerReply => {
        const failure = toIpcError(error)
        if (failure.code === 'internal') console.error(error)
        return { ok: false, error: failure }
      },
    )
    .then((reply) => parentPort?.postMessage(reply))
})
