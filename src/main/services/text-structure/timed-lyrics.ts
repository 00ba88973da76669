import type { BlockDraft } from '../../../shared/document-model'

/**
 * Song lyrics with time tags (LRC, often saved as .txt): `[00:12.34]床前明月光`, perhaps several
 * tags on a line, and `[ti:…]`, `[ar:…]` naming the song and singer. Read as text they are verse:
 * the tags leave the lines, the lines of a stanza stay apart, the song's name and singer become
 * the title and author.
 */
const TIME_TAG = /^(?:\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\])+/
/** `[01:05.20]`: hundredths tell a lyric's tag from a chat log's `[10:30]`. */
const TIME_TAG_FRACTION = /^\[\d{1,3}:\d{2}[.:]\d{1,3}\]/
const INFO_TAG = /^\[(ti|ar|al|au|by|offset|length|re|ve):([^\]]*)\]$/i
const HEAD_LINES = 100
const MIN_TIMED_SHARE = 0.6
const MIN_TIMED = 4

export interface Lyrics {
  drafts: BlockDraft[]
  title: string | null
  author: string | null
}

export function structureLyrics(lines: readonly string[]): Lyrics | null {
  let seen = 0
  let timed = 0
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    seen++
    if (
      line.charCodeAt(0) === 0x5b /* [ */ &&
      (TIME_TAG_FRACTION.test(line) || INFO_TAG.test(line))
    )
      timed++
  }
  if (timed < MIN_TIMED || timed < seen * MIN_TIMED_SHARE) return null
  const drafts: BlockDraft[] = []
  let title: string | null = null
  let author: string | null = null
  let stanza: string[] = []
  const close = () => {
    if (stanza.length > 0) drafts.push({ type: 'verse', text: stanza.join('\n') })
    stanza = []
  }
  for (const raw of lines) {
    const line = raw.trim()
    const info = INFO_TAG.exec(line)
    if (info) {
      const tag = info[1]!.toLowerCase()
      const value = info[2]!.trim()
      if (tag === 'ti' && value) title ??= value
      if (tag === 'ar' && value) author ??= value
      continue
    }
    const text = line.replace(TIME_TAG, '').trim()
    // A tag with no words (an instrumental break) or a blank line ends a stanza.
    if (text === '') close()
    else stanza.push(text)
  }
  close()
  return { drafts, title, author }
}
