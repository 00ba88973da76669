import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { defaultDataFolder } from '../services/data-folder'
import { createDocumentStore } from '../services/document-store'
import { createEventHub } from '../services/event-hub'
import { createMarginHandlers } from '../services/margin-handlers'
import { createWorkerImport } from '../services/parse-in-worker'
import { createWebServer } from './web-server'

/** Fixed, because IndexedDB belongs to the origin: a new port would look like every note lost. */
export const DEFAULT_PORT = 47812

const usage = 'Usage: npm run web -- [--data-dir DIR] [--port PORT]'

async function main(): Promise<void> {
  let values: { 'data-dir'?: string; port?: string; help?: boolean }
  try {
    values = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(usage)
    return
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Margin could not start: --port must be a number from 1 to 65535.\n${usage}`)
    process.exit(2)
  }
  const root = resolve(values['data-dir'] ?? defaultDataFolder())
  const here = dirname(fileURLToPath(import.meta.url))
  const events = createEventHub()
  const { parse, parseInto } = createWorkerImport(join(here, 'import-worker.js'))
  const store = createDocumentStore({ root, parse, parseInto })
  const handlers = createMarginHandlers({ store, events, dataFolder: root })
  const web = createWebServer({
    handlers,
    events,
    rendererDir: join(here, '../renderer'),
    port,
    readAsset: (id, name) => store.readAsset(id, name),
  })
  try {
    const url = await web.listen()
    console.log(`Margin is running at ${url}`)
    console.log(`Library: ${root}`)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') {
      console.error(
        `Margin could not start: port ${port} is already in use (is Margin already running?). Choose another with --port.`,
      )
    } else {
      console.error(`Margin could not start: ${error instanceof Error ? error.message : String(error)}`)
    }
    process.exit(1)
  }
  const stop = () => void web.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
