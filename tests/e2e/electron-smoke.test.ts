import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

/** The Electron binary, or why there is none (it downloads from outside the npm registry). */
function electronBinary(): { path: string } | { reason: string } {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) {
    return { reason: 'the Electron binary is not installed here (node_modules/electron/path.txt is missing; its download needs a host outside the npm registry)' }
  }
  const path = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? { path } : { reason: `the Electron binary is missing at ${path}` }
}

describe('the desktop app', () => {
  const binary = electronBinary()

  it('opens its window on margin://app with the library', async (context) => {
    if ('reason' in binary) {
      console.warn(`SKIPPED electron smoke test: ${binary.reason}`)
      context.skip(binary.reason)
      return
    }
    const userData = await mkdtemp(join(tmpdir(), 'margin-electron-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    })
    try {
      const window = await app.firstWindow()
      await window.getByRole('button', { name: 'Import files' }).waitFor()
      expect(window.url()).toBe('margin://app/')
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    } finally {
      await app.close()
      await rm(userData, { recursive: true, force: true })
    }
  })
})
