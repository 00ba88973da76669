/** Folds the document and runs searches off the page's thread, so typing never waits for them. */
import { createFoldedDocument } from './folded-document'
import type { SearchReply, SearchRequest } from './search-protocol'

let current: ReturnType<typeof createFoldedDocument> | undefined
const port = self as unknown as Worker

port.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  const began = performance.now()
  if (request.type === 'index') {
    current = createFoldedDocument(request.text)
    port.postMessage({
      type: 'indexed',
      milliseconds: performance.now() - began,
    } satisfies SearchReply)
    return
  }
  const result = current?.search(request.query, request.limit) ?? {
    starts: new Int32Array(0),
    total: 0,
    length: 0,
  }
  const reply: SearchReply = {
    type: 'results',
    id: request.id,
    ...result,
    milliseconds: performance.now() - began,
  }
  port.postMessage(reply, [result.starts.buffer])
})
