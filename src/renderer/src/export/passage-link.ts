import { DESKTOP_APP_URL, passageInHash } from '../../../shared/passage-link'

export { DESKTOP_APP_URL, passageLink } from '../../../shared/passage-link'

/** The address links should start with, where this page runs. */
export function currentAppUrl(platform: 'electron' | 'web', origin: string): string {
  return platform === 'electron' ? DESKTOP_APP_URL : `${origin}/`
}

/** The `at` offset of a passage link's hash, or null. */
export function passageOffsetInHash(hash: string): number | null {
  return passageInHash(hash)?.at ?? null
}
