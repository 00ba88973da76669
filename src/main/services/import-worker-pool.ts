import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { WorkerReply, WorkerRequest } from './parse-in-worker'

/** A larger young generation: parsing makes many short-lived strings, and scavenges dominated GB18030 imports. */
const YOUNG_GENERATION_MB = 48

export interface WorkerPoolOptions {
  /** Threads parsing at once: at most 2, and 1 on a two-core machine so the window keeps a core. */
  size?: number
  /** A thread with nothing to do for this long is ended, giving its memory back. */
  idleMs?: number
}

export type WorkerOutcome =
  { kind: 'reply'; reply: WorkerReply } | { kind: 'crashed' } | { kind: 'cancelled' }

interface Job {
  request: WorkerRequest
  finish: (outcome: WorkerOutcome) => void
}

interface Slot {
  worker: Worker | null
  job: Job | null
  idleTimer: NodeJS.Timeout | undefined
}

const CANCELLED: WorkerOutcome = { kind: 'cancelled' }

/**
 * Warm import threads: started on the first request, reused for the next ones (starting a thread
 * costs more than parsing a 10 MB file), ended when idle. Requests wait their turn in order; a crash
 * or a cancel ends only that thread, and the next request gets a fresh one.
 */
export function createImportWorkerPool(workerFile: string | URL, options: WorkerPoolOptions = {}) {
  const size = Math.max(1, Math.min(2, options.size ?? availableParallelism() - 1))
  const idleMs = options.idleMs ?? 30_000
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    job: null,
    idleTimer: undefined,
  }))
  const queue: Job[] = []

  const startWorker = (slot: Slot): Worker => {
    const worker = new Worker(workerFile, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    const lose = (error?: unknown) => {
      if (slot.worker !== worker) return // already ended on purpose (cancel, idle)
      if (error) console.error(error)
      slot.worker = null
      void worker.terminate()
      finishJob(slot, { kind: 'crashed' })
    }
    worker.on('message', (reply: WorkerReply) => {
      if (slot.worker === worker && slot.job) finishJob(slot, { kind: 'reply', reply })
    })
    worker.on('error', lose)
    worker.on('exit', () => lose())
    return worker
  }

  const park = (slot: Slot) => {
    const worker = slot.worker
    if (!worker || slot.job) return
    worker.unref() // an idle thread never keeps the process alive
    slot.idleTimer = setTimeout(() => {
      if (slot.worker !== worker || slot.job) return
      slot.worker = null
      void worker.terminate()
    }, idleMs)
    slot.idleTimer.unref()
  }

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue
      const job = queue.shift()!
      clearTimeout(slot.idleTimer)
      slot.worker ??= startWorker(slot)
      slot.worker.ref()
      slot.job = job
      slot.worker.postMessage(job.request)
    }
  }

  function finishJob(slot: Slot, outcome: WorkerOutcome) {
    const job = slot.job
    slot.job = null
    job?.finish(outcome)
    dispatch()
    park(slot)
  }

  return {
    run(request: WorkerRequest, signal?: AbortSignal): Promise<WorkerOutcome> {
      return new Promise((resolve) => {
        if (signal?.aborted) return resolve(CANCELLED)
        const onAbort = () => {
          const waiting = queue.indexOf(job)
          if (waiting >= 0) {
            queue.splice(waiting, 1)
            return job.finish(CANCELLED)
          }
          const slot = slots.find((candidate) => candidate.job === job)
          if (!slot) return
          // A parse cannot be interrupted inside its thread: end the thread.
          void slot.worker?.terminate()
          slot.worker = null
          finishJob(slot, CANCELLED)
        }
        const job: Job = {
          request,
          finish: (outcome) => {
            signal?.removeEventListener('abort', onAbort)
            resolve(outcome)
          },
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(job)
        dispatch()
      })
    },
  }
}
