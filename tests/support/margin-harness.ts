/**
 * Drives Margin in browser mode: starts `node out/main/web.js` on a temporary data folder,
 * launches Debian's Chromium with a persistent profile, and hands back the page.
 * Run `npm run build` first (the E2E suite's global setup does).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { freePort } from './free-port'

export { freePort }

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const PROJECT_ROOT = resolve(import.meta.dirname, '../..')
/** Where the built app is; separate folders let several builds coexist. */
const OUT_DIR = resolve(PROJECT_ROOT, process.env['MARGIN_OUT_DIR'] ?? 'out')

export interface MarginServer {
  url: string
  port: number
  dataDir: string
  process: ChildProcess
  /** Stops the server (SIGKILL with `{ kill: true }`, to act out a crash). */
  stop(options?: { kill?: boolean }): Promise<void>
}

export async function startMarginServer(options: { dataDir: string; port?: number }): Promise<MarginServer> {
  const port = options.port ?? (await freePort())
  const child = spawn(process.execPath, [join(OUT_DIR, 'main/web.js'), '--data-dir', options.dataDir, '--port', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Margin did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Margin is running at (\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1]!)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Margin exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    port,
    dataDir: options.dataDir,
    process: child,
    stop: ({ kill = false } = {}) =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('exit', () => done())
        child.kill(kill ? 'SIGKILL' : 'SIGTERM')
      }),
  }
}

export async function launchBrowser(profileDir: string, viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
  })
}

export interface MarginSession {
  server: MarginServer
  context: BrowserContext
  page: Page
  dataDir: string
  profileDir: string
  /** Closes the browser and opens it again on the same profile: what a user's restart does. */
  restartBrowser(): Promise<Page>
  close(): Promise<void>
}

/** Starts Margin on fresh temporary folders (or the ones given) and opens it in Chromium. */
export async function startMargin(options: { dataDir?: string; profileDir?: string; port?: number } = {}): Promise<MarginSession> {
  const made: string[] = []
  const temp = async (prefix: string) => {
    const dir = await mkdtemp(join(tmpdir(), prefix))
    made.push(dir)
    return dir
  }
  const dataDir = options.dataDir ?? (await temp('margin-data-'))
  const profileDir = options.profileDir ?? (await temp('margin-profile-'))
  const server = await startMarginServer({ dataDir, ...(options.port ? { port: options.port } : {}) })
  const session: MarginSession = {
    server,
    dataDir,
    profileDir,
    context: await launchBrowser(profileDir),
    page: undefined as unknown as Page,
    async restartBrowser() {
      await session.context.close()
      session.context = await launchBrowser(profileDir)
      session.page = session.context.pages()[0] ?? (await session.context.newPage())
      await session.page.goto(server.url)
      return session.page
    },
    async close() {
      await session.context.close().catch(() => {})
      await server.stop()
      for (const dir of made) await rm(dir, { recursive: true, force: true })
    },
  }
  session.page = session.context.pages()[0] ?? (await session.context.newPage())
  await session.page.goto(server.url)
  return session
}

export const SAMPLE_NEWSPAPER = resolve(PROJECT_ROOT, '../shared/samples/qilu-evening-news-2022-06-24.txt')
export const CORPUS = resolve(PROJECT_ROOT, '../shared/corpus')
