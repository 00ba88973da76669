import { execFileSync } from 'node:child_process'

/** E2E tests drive the built app: build it once before they run. */
export default function buildOnce(): void {
  if (process.env['MARGIN_SKIP_BUILD'] === '1') return
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  })
}
