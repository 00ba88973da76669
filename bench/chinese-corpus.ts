import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/txt')
/** Real novels, simplified and traditional, each with its own chapter headings and line endings. */
const NOVELS = [
  'hongloumeng_simp_utf8_crlf.txt',
  'sanguoyanyi_simp_utf8_crlf.txt',
  'xiyouji_simp_utf8_crlf.txt',
  'hongloumeng_pg24264_trad_utf8.txt',
]

let novels: string[] | undefined

/** About `megabytes` MB of UTF-8 Chinese text: the corpus novels one after another, repeated, cut at a line end. */
export function chineseText(megabytes: number): string {
  novels ??= NOVELS.map((name) =>
    readFileSync(resolve(CORPUS, name), 'utf8').replace(/^\ufeff/, ''),
  )
  const target = megabytes * 1024 * 1024
  const parts: string[] = []
  let bytes = 0
  for (let i = 0; bytes < target; i++) {
    const novel = novels[i % novels.length]!
    parts.push(novel)
    bytes += Buffer.byteLength(novel)
  }
  let text = parts.join('\n')
  // Trim to size by characters (about three bytes each), then to the last full line.
  const over = Buffer.byteLength(text) - target
  if (over > 0) text = text.slice(0, Math.max(0, text.length - Math.floor(over / 3)))
  return text.slice(0, text.lastIndexOf('\n') + 1)
}
