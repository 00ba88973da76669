/**
 * The import worker's entry (its own bundle, out/main/import-worker.js): parses files one at a
 * time off the main process's event loop and posts each document back, or, given a staging folder,
 * writes the document's parts and assets there and posts only its summary (no big clone, no JSON
 * work on the main thread); or the error a person can read. The thread is kept warm for the next
 * import (see import-worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads'
import { toIpcError } from '../../shared/ipc/result'
import { importDocument } from './importers/import-document'
import { writeParsedInto, type ParseDocument } from './document-folder'
import type { WorkerReply, WorkerRequest } from './parse-in-worker'

const parse: ParseDocument = importDocument

async function answer({ bytes, fileName, encoding, sourcePath, stagingDir }: WorkerRequest): Promise<WorkerReply> {
  const doc = await parse(bytes, fileName, { ...(encoding ? { encoding } : {}), ...(sourcePath ? { sourcePath } : {}) })
  if (stagingDir === undefined) return { ok: true, doc }
  return { ok: true, written: await writeParsedInto(stagingDir, doc) }
}

parentPort?.on('message', (request: WorkerRequest) => {
  answer(request)
    .catch((error: unknown): WorkerReply => {
      const failure = toIpcError(error)
      if (failure.code === 'internal') console.error(error)
      return { ok: false, error: failure }
    })
    .then((reply) => parentPort?.postMessage(reply))
})
