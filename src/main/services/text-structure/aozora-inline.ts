/**
 * One line of Aozora Bunko text read for its inline markup: ruby (`吾輩《わがはい》`, `｜base《reading》`),
 * external characters (`※［＃「…」、U+XXXX、…］`) and emphasis notes (`［＃「…」に傍点］`) leave the
 * text, which keeps only the base characters; the other ［＃…］ notes are handed back with their offsets.
 */
import { escapeHtml } from '../importers/sanitize-html'
import { characterFromCode } from './jis-x-0213'

export interface AozoraNote {
  /** What is inside ［＃…］. */
  body: string
  /** Offset in the line's text where the note stood. */
  at: number
}

interface Span {
  start: number
  end: number
}

export interface AozoraLine {
  /** The line as read: base text only, no readings, no notes. */
  text: string
  rubies: (Span & { reading: string })[]
  marks: (Span & { tag: 'em' | 'strong' })[]
  /** Notes not about inline text (headings, indents, page breaks), in order. */
  notes: AozoraNote[]
}

/** Characters that make an unmarked ruby base, one class at a time (the Aozora rule). */
const BASE_CLASSES = [
  /[\p{Script=Han}々〆〇ヶ仝〻※]/u,
  /\p{Script=Hiragana}/u,
  /[\p{Script=Katakana}ー]/u,
  /[Ａ-Ｚａ-ｚ０-９]/u,
  /[A-Za-z0-9]/u,
]

/** Notes that name a span of the text before them: `「X」に傍点`, `「X」は太字`. */
const QUOTED_MARK = /^「(.+)」(?:に(?:.*傍点|.*傍線|.*[破鎖点波]線)|は(太字|斜体))$/u
/** The paired form: `［＃傍点］…［＃傍点終わり］`. */
const OPEN_MARK = /^(?:.*傍点|.*傍線|太字|斜体)$/u
const CLOSE_MARK = /^(?:.*傍点|.*傍線|太字|斜体)終わり$/u
/** Ruby given in a note, for text whose markup leaves no room for 《》. */
const NOTE_RUBY = /^「(.+)」に「(.+)」のルビ$/u
/** Editorial remarks about the source (ママ: as printed; 底本では: the printed text had) carry nothing to show. */
const EDITORIAL = /ママ$|は底本では|の左に「|に「.+」の注記$/u

/** Characters Aozora escapes as notes because they are its markup or beyond Shift_JIS, by name. */
const NAMED_CHARACTERS: Record<string, string> = {
  始め二重山括弧: '《',
  終わり二重山括弧: '》',
  始め角括弧: '［',
  終わり角括弧: '］',
  井げた: '＃',
  縦線: '｜',
  二の字点: '〻',
  感嘆符二つ: '‼',
  疑問符二つ: '⁇',
  感嘆符疑問符: '⁉',
  疑問符感嘆符: '⁈',
}

/** The character a ※［＃…］ note names, or null when it names none Unicode has (the ※ stays). */
function externalCharacter(body: string): string | null {
  if (/U\+[0-9A-Fa-f]{4,6}/.test(body)) return characterFromCode(body)
  const name = /^([^「、]+)、/.exec(body)?.[1]
  if (name && NAMED_CHARACTERS[name]) return NAMED_CHARACTERS[name]!
  return characterFromCode(body)
}

function classOf(character: string): number {
  return BASE_CLASSES.findIndex((pattern) => pattern.test(character))
}

/** Where the run of same-class characters ending at `end` starts (never before `floor`). */
function baseStart(text: string, end: number, floor: number): number {
  let start = end
  let kind = -1
  while (start > floor) {
    const low = text.charCodeAt(start - 1)
    const width = low >= 0xdc00 && low <= 0xdfff && start - 2 >= floor ? 2 : 1
    const character = text.slice(start - width, start)
    const own = classOf(character)
    if (own < 0 || (kind >= 0 && own !== kind)) break
    kind = own
    start -= width
  }
  return start
}

/** Index of the ］ closing the note opened at `open` (notes may hold notes), or -1. */
function noteEnd(line: string, open: number): number {
  let depth = 0
  for (let i = open; i < line.length; i++) {
    if (line[i] === '［') depth++
    else if (line[i] === '］' && --depth === 0) return i
  }
  return -1
}

/** The text a quoted part of a note stands for, read as a line is (ruby bases, external characters). */
export function quotedText(quoted: string): string {
  return readAozoraLine(quoted).text
}

export function readAozoraLine(line: string): AozoraLine {
  let text = ''
  const rubies: AozoraLine['rubies'] = []
  const marks: AozoraLine['marks'] = []
  const notes: AozoraNote[] = []
  const open: { start: number; tag: 'em' | 'strong' }[] = []
  // Where the base of the next ruby starts when ｜ says so, and where a base may start at the earliest.
  let pipe: number | null = null
  let floor = 0

  let i = 0
  while (i < line.length) {
    const c = line[i]!
    if ((c === '｜' || c === '|') && /^[^《》\n]+《/u.test(line.slice(i + 1))) {
      pipe = text.length
      i++
    } else if (c === '《') {
      const close = line.indexOf('》', i + 1)
      const start = pipe ?? baseStart(text, text.length, floor)
      if (close < 0 || start === text.length) {
        text += c
        i++
        continue
      }
      rubies.push({ start, end: text.length, reading: quotedText(line.slice(i + 1, close)) })
      floor = text.length
      pipe = null
      i = close + 1
    } else if (c === '［' && line[i + 1] === '＃') {
      const close = noteEnd(line, i)
      if (close < 0) {
        text += c
        i++
        continue
      }
      const body = line.slice(i + 2, close)
      i = close + 1
      if (text.endsWith('※')) {
        const character = externalCharacter(body)
        if (character !== null) text = text.slice(0, -1) + character
        continue
      }
      readNote(body)
    } else {
      text += c
      i++
    }
  }
  for (const { start, tag } of open) marks.push({ start, end: text.length, tag })
  return { text, rubies, marks, notes }

  function readNote(body: string): void {
    floor = text.length
    const quoted = QUOTED_MARK.exec(body)
    if (quoted) {
      const target = quotedText(quoted[1]!)
      const start = text.lastIndexOf(target)
      if (start >= 0)
        marks.push({
          start,
          end: start + target.length,
          tag: quoted[2] === '太字' ? 'strong' : 'em',
        })
      return
    }
    const ruby = NOTE_RUBY.exec(body)
    if (ruby) {
      const target = quotedText(ruby[1]!)
      const start = text.lastIndexOf(target)
      const free = !rubies.some((r) => r.end > start && r.start < start + target.length)
      if (start >= 0 && free)
        rubies.push({ start, end: start + target.length, reading: quotedText(ruby[2]!) })
      return
    }
    if (EDITORIAL.test(body)) return
    if (OPEN_MARK.test(body)) {
      open.push({ start: text.length, tag: body === '太字' ? 'strong' : 'em' })
      return
    }
    if (CLOSE_MARK.test(body)) {
      const opened = open.pop()
      if (opened) marks.push({ start: opened.start, end: text.length, tag: opened.tag })
      return
    }
    notes.push({ body, at: text.length })
  }
}

/**
 * Sanitized HTML for [from, to) of a read line: ruby as `<ruby>base<rt>reading</rt></ruby>`,
 * emphasis as <em>/<strong>; undefined when that part has no markup.
 */
export function aozoraLineHtml(
  line: AozoraLine,
  from = 0,
  to = line.text.length,
): string | undefined {
  const rubies = line.rubies.filter((r) => r.start >= from && r.end <= to)
  const marks = line.marks
    .map((m) => ({ ...m, start: Math.max(from, m.start), end: Math.min(to, m.end) }))
    .filter((m) => m.start < m.end)
  if (rubies.length === 0 && marks.length === 0) return undefined

  // Pieces between every boundary; a ruby is one piece, so marks never cut into it.
  const cuts = new Set([from, to])
  for (const m of marks) cuts.add(m.start).add(m.end)
  for (const r of rubies) cuts.add(r.start).add(r.end)
  const sorted = [...cuts].sort((a, b) => a - b)
  let html = ''
  let wrapped = ''
  for (let k = 0; k < sorted.length - 1; k++) {
    const start = sorted[k]!
    const ruby = rubies.find((r) => r.start <= start && start < r.end)
    if (ruby && ruby.start < start) continue
    const end = ruby ? ruby.end : sorted[k + 1]!
    const tags = marks.filter((m) => m.start < end && m.end > start).map((m) => m.tag)
    const key = tags.join(' ')
    if (key !== wrapped) {
      html += closing(wrapped) + tags.map((tag) => `<${tag}>`).join('')
      wrapped = key
    }
    const base = escapeHtml(line.text.slice(start, end))
    html += ruby ? `<ruby>${base}<rt>${escapeHtml(ruby.reading)}</rt></ruby>` : base
  }
  return html + closing(wrapped)
}

function closing(tags: string): string {
  return tags === ''
    ? ''
    : tags
        .split(' ')
        .reverse()
        .map((tag) => `</${tag}>`)
        .join('')
}
