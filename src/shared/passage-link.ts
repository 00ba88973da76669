/**
 * Links that open Margin at a passage: `<app>/#/read/<documentId>?at=<offset>`, where `<app>` is
 * `margin://app/` in the desktop app and the page's own address in browser mode, and `at` is an
 * offset in the document's normalized text.
 */
export const DESKTOP_APP_URL = 'margin://app/'
/** The scheme the desktop app registers with the operating system for its passage links. */
export const PASSAGE_LINK_SCHEME = 'margin'

export interface PassageTarget {
  documentId: string
  /** Offset in the document's normalized text; absent for a link to the document itself. */
  at?: number
}

export function passageHash({ documentId, at }: PassageTarget): string {
  return `#/read/${documentId}${at === undefined ? '' : `?at=${Math.max(0, Math.floor(at))}`}`
}

export function passageLink(appUrl: string, documentId: string, offset?: number): string {
  const base = appUrl.endsWith('/') ? appUrl : `${appUrl}/`
  return `${base}${passageHash({ documentId, at: offset })}`
}

const HASH = /^#\/read\/([0-9a-f]{64})(?:\?at=(\d{1,12}))?$/

/** The passage a link's hash names, or null. */
export function passageInHash(hash: string): PassageTarget | null {
  const match = HASH.exec(hash)
  if (!match) return null
  return match[2] === undefined
    ? { documentId: match[1]! }
    : { documentId: match[1]!, at: Number(match[2]) }
}

/** The passage a desktop link (`margin://app/#/read/…`) names, or null for anything else. */
export function passageInDesktopLink(url: string): PassageTarget | null {
  if (!url.startsWith(DESKTOP_APP_URL)) return null
  return passageInHash(url.slice(DESKTOP_APP_URL.length))
}
