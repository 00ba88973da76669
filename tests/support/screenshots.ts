import { resolve } from 'node:path'

/** Where E2E tests save the pictures in docs/: only when MARGIN_SCREENSHOTS=1 (npm run screenshots). */
export const SCREENSHOTS =
  process.env['MARGIN_SCREENSHOTS'] === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : null
