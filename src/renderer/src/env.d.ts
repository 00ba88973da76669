import type { MarginApi } from '../../shared/ipc/margin-api'

declare global {
  interface Window {
    /** Set by the preload in the desktop app, by the web bridge in browser mode. */
    margin: MarginApi
  }
}
