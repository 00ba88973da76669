/**
 * The language a document is written in, from its script. Files often declare the wrong one
 * (a Chinese book packaged with dc:language "en"), and the reader picks fonts and line breaking
 * from it, so the text wins when it plainly contradicts the declaration.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g
const KANA = /[\u3040-\u30ff]/g
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/g
const LATIN = /[A-Za-z\u00c0-\u024f]/g

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** 'zh', 'ja' or 'ko' when the text is mostly in that script, 'latin' when mostly Latin, else null. */
export function scriptOf(text: string): 'zh' | 'ja' | 'ko' | 'latin' | null {
  const sample = text.length > 200_000 ? text.slice(0, 100_000) + text.slice(-100_000) : text
  const han = count(sample, HAN)
  const kana = count(sample, KANA)
  const hangul = count(sample, HANGUL)
  // One CJK character carries about as much as a Latin word: weigh letters accordingly.
  const latinWords = count(sample, LATIN) / 5
  const total = han + kana + hangul + latinWords
  if (total < 20) return null
  if (hangul / total > 0.4) return 'ko'
  if (kana / total > 0.1 && (han + kana) / total > 0.4) return 'ja'
  if (han / total > 0.4) return 'zh'
  if (latinWords / total > 0.9) return 'latin'
  return null
}

/** The declared language unless the text says otherwise; a language found in the text alone for CJK. */
export function reconcileLanguage(declared: string | null, text: string): string | null {
  const script = scriptOf(text)
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? null
  if (script === 'zh' || script === 'ja' || script === 'ko') {
    return primary === script ? declared : script
  }
  if (script === 'latin' && (primary === 'zh' || primary === 'ja' || primary === 'ko')) return null
  return declared
}
