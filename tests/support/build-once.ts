import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

/** E2E tests drive the built app: build it once before they run (into MARGIN_OUT_DIR, default out/). */
export default function buildOnce(): void {
  if (process.env['MARGIN_SKIP_BUILD'] === '1') return
  // Absolute: electron-vite resolves a relative outDir against the renderer's own root.
  const outDir = resolve(process.env['MARGIN_OUT_DIR'] ?? 'out')
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'error', '--outDir', outDir], {
    stdio: 'inherit',
  })
}
