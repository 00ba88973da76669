/**
 * The role words of the newspaper patterns (记者, 本报, 编辑, 摄, 电…) are written in simplified
 * characters; papers from Taiwan and Hong Kong (often Big5 files) print them in traditional ones.
 * Each pattern is widened once, when it is built, to accept both forms: no cost per line.
 */

/** Traditional forms of the characters the patterns name, index for index with SIMPLIFIED. */
const TRADITIONAL =
  '記報華編輯攝發圖電訊時間網臺員實習責組對審讀簽設計終製視覺資國東據導農曆週為見駐約體禮來臘頁'
const SIMPLIFIED =
  '记报华编辑摄发图电讯时间网台员实习责组对审读签设计终制视觉资国东据导农历周为见驻约体礼来腊页'

const TRADITIONAL_OF = new Map<string, string>(
  [...SIMPLIFIED].map((c, i) => [c, TRADITIONAL[i]!] as const),
)

/** Where an escape starting at `at` (a backslash) ends: `\p{…}`, `\u{…}`, `\uXXXX` or one character. */
function escapeEnd(source: string, at: number): number {
  const kind = source[at + 1]
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[at + 2] === '{')
    return source.indexOf('}', at) + 1
  if (kind === 'u') return at + 6
  return at + 2
}

/** The pattern, also matching each named character in its traditional form. */
export function withTraditional(pattern: RegExp): RegExp {
  const source = pattern.source
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length;) {
    const c = source[i]!
    if (c === '\\') {
      const end = escapeEnd(source, i)
      out += source.slice(i, end)
      i = end
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    const traditional = TRADITIONAL_OF.get(c)
    if (traditional === undefined) out += c
    else out += inClass ? c + traditional : `[${c}${traditional}]`
    i++
  }
  return new RegExp(out, pattern.flags)
}
