/**
 * Links that open Margin at a passage: `<app>/#/read/<documentId>?at=<offset>`, where `<app>` is
 * `margin://app/` in the desktop app and the page's own address in browser mode, and `at` is an
 * offset in the document's normalized text.
 */
export const DESKTOP_APP_URL = 'margin://app/'

export function passageLink(appUrl: string, documentId: string, offset?: number): string {
  const base = appUrl.endsWith('/') ? appUrl : `${appUrl}/`
  return `${base}#/read/${documentId}${offset === undefined ? '' : `?at=${Math.max(0, Math.floor(offset))}`}`
}

/** The address links should start with, where this page runs. */
export function currentAppUrl(platform: 'electron' | 'web', origin: string): string {
  return platform === 'electron' ? DESKTOP_APP_URL : `${origin}/`
}

/** The `at` offset of a passage link's hash, or null. */
export function passageOffsetInHash(hash: string): number | null {
  const match = /^#\/read\/[0-9a-f]{64}\?at=(\d{1,12})$/.exec(hash)
  return match ? Number(match[1]) : null
}
