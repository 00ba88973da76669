import { createFoldedDocument } from './folded-document'
import type { MatchList } from './find-matches'
import type { SearchReply, SearchRequest } from './search-protocol'

export interface SearchIndex {
  /** Resolves with the matches, or null when a newer search replaced this one before it ran. */
  search(query: string, limit: number): Promise<(MatchList & { milliseconds: number }) | null>
  dispose(): void
}

/**
 * Search over one document's normalized text. The folding and the searching run in a worker;
 * where workers are unavailable (tests, a failed load) they run on the page instead.
 */
export function createSearchIndex(text: string): SearchIndex {
  let worker: Worker | null = null
  let inPage: ReturnType<typeof createFoldedDocument> | null = null
  let nextId = 0
  const pending = new Map<
    number,
    (reply: Extract<SearchReply, { type: 'results' }> | null) => void
  >()

  const runInPage = () => {
    worker?.terminate()
    worker = null
    inPage ??= createFoldedDocument(text)
  }
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'margin-search',
    })
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const reply = event.data
      if (reply.type !== 'results') return
      pending.get(reply.id)?.(reply)
      pending.delete(reply.id)
    })
    worker.addEventListener('error', () => {
      // The worker could not start: answer what is waiting, and from now on search in the page.
      runInPage()
      for (const [id, resolve] of pending) {
        pending.delete(id)
        resolve(null)
      }
    })
    worker.postMessage({ type: 'index', text } satisfies SearchRequest)
  } catch {
    runInPage()
  }

  return {
    search(query, limit) {
      const id = ++nextId
      // Only the latest search matters: earlier ones still queued give way.
      for (const [older, resolve] of pending) {
        pending.delete(older)
        resolve(null)
      }
      if (!worker) {
        const began = performance.now()
        const result = (inPage ??= createFoldedDocument(text)).search(query, limit)
        return Promise.resolve({ ...result, milliseconds: performance.now() - began })
      }
      const target = worker
      return new Promise((resolve) => {
        pending.set(id, resolve)
        target.postMessage({ type: 'search', id, query, limit } satisfies SearchRequest)
      })
    },
    dispose() {
      worker?.terminate()
      worker = null
      for (const resolve of pending.values()) resolve(null)
      pending.clear()
    },
  }
}
