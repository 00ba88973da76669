import type MarkdownIt from 'markdown-it'
import type { StateCore, StateInline, Token } from 'markdown-it'
import { createHeadingSlugger } from './internal-links'

/**
 * What note apps add to Markdown, read as those apps show it: Obsidian's [[wikilinks]] (the
 * alias or the page name, `[[#Heading]]` a link in the note), `![[picture.png]]` embeds,
 * `%% comments %%` and `^block-ids` left out, GitHub alerts and Obsidian callouts (`> [!NOTE]`)
 * opened by their title on a line of its own, and task lists as ☐ and ☑. Code spans and code
 * blocks are never touched: markdown-it hands these rules text only.
 */
const TASK = /^\[([ xX])\][ \t]+/
const CALLOUT = /^\[!([A-Za-z][\w-]*)\][-+]?[ \t]*(.*)$/
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp)$/i

export function noteSyntax(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wikilink', wikilink)
  md.inline.ruler.before('text', 'note-comment', comment)
  md.inline.ruler.before('text', 'block-id', blockId)
  md.core.ruler.after('inline', 'task-lists', taskLists)
  md.core.ruler.after('inline', 'callouts', callouts)
}

/** `[[Page]]`, `[[Page|alias]]`, `[[Page#Heading]]`, `[[#Heading]]`, `![[picture.png|300]]`. */
function wikilink(state: StateInline, silent: boolean): boolean {
  const embed = state.src.startsWith('![[', state.pos)
  const open = state.pos + (embed ? 3 : 2)
  if (!embed && !state.src.startsWith('[[', state.pos)) return false
  const close = state.src.indexOf(']]', open)
  if (close < 0) return false
  const inner = state.src.slice(open, close)
  if (inner.trim() === '' || /[\n[\]]/.test(inner)) return false
  if (!silent) {
    const [target = '', alias] = inner.split('|').map((part) => part.trim())
    if (embed && IMAGE_FILE.test(target)) {
      const token = state.push('image', 'img', 0)
      token.attrs = [
        ['src', encodeURI(target)],
        ['alt', ''],
      ]
      token.children = []
      token.content = ''
    } else {
      const [page = '', heading] = target.split('#')
      const shown =
        alias && !embed && !/^\d+(x\d+)?$/.test(alias)
          ? alias
          : [page, heading].filter((p) => p).join(' › ')
      if (page === '' && heading) {
        const link = state.push('link_open', 'a', 1)
        // The id the heading gets (GitHub's slug), so the link lands on it.
        link.attrs = [['href', `#${createHeadingSlugger()(heading)}`]]
        state.push('text', '', 0).content = shown
        state.push('link_close', 'a', -1)
      } else state.push('text', '', 0).content = shown
    }
  }
  state.pos = close + 2
  return true
}

/** `%% hidden %%`: Obsidian shows nothing of it. */
function comment(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith('%%', state.pos)) return false
  const close = state.src.indexOf('%%', state.pos + 2)
  if (close < 0) return false
  if (!silent) state.pending = state.pending.replace(/[ \t]+$/, '')
  state.pos = close + 2
  return true
}

/** ` ^abc123` at the end of a line names the block for links; Obsidian does not show it. */
function blockId(state: StateInline, silent: boolean): boolean {
  if (state.src[state.pos] !== '^' || !/\s/.test(state.src[state.pos - 1] ?? '')) return false
  const match = /^\^[A-Za-z0-9-]+(?=[ \t]*(\n|$))/.exec(state.src.slice(state.pos))
  if (!match) return false
  if (!silent) state.pending = state.pending.replace(/[ \t]+$/, '')
  state.pos += match[0].length
  return true
}

/** The text token a paragraph opens with, when it opens one (list item or quote). */
function firstText(tokens: Token[], at: number): Token | null {
  const inline = tokens[at + 2]
  if (tokens[at + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') return null
  const first = inline.children?.[0]
  return first?.type === 'text' ? first : null
}

function taskLists(state: StateCore): void {
  state.tokens.forEach((token, i) => {
    if (token.type !== 'list_item_open') return
    const text = firstText(state.tokens, i)
    const task = text && TASK.exec(text.content)
    if (!text || !task) return
    text.content = (task[1] === ' ' ? '☐ ' : '☑ ') + text.content.slice(task[0].length)
  })
}

function callouts(state: StateCore): void {
  state.tokens.forEach((token, i) => {
    if (token.type !== 'blockquote_open') return
    const text = firstText(state.tokens, i)
    const callout = text && CALLOUT.exec(text.content)
    const children = state.tokens[i + 2]?.children
    if (!text || !callout || !children) return
    const title =
      callout[2]!.trim() || callout[1]![0]!.toUpperCase() + callout[1]!.slice(1).toLowerCase()
    const at = children.indexOf(text)
    const strong = (type: string, nesting: 1 | -1) => new state.Token(type, 'strong', nesting)
    const label = new state.Token('text', '', 0)
    label.content = title
    children.splice(at, 1, strong('strong_open', 1), label, strong('strong_close', -1))
    // The title is a line of its own, as both apps draw it.
    const next = children[at + 3]
    if (next?.type === 'softbreak') children[at + 3] = new state.Token('hardbreak', 'br', 0)
  })
}
