import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../../src/renderer/src/anchoring/describe'
import {
  createAnchorCache,
  inReadingOrder,
  overlapping,
} from '../../../../src/renderer/src/annotations/anchored-annotations'
import {
  matchesFilter,
  parseTags,
  sortAnnotations,
  NO_FILTER,
} from '../../../../src/renderer/src/annotations/annotation-filters'
import { shortcutFor } from '../../../../src/renderer/src/annotations/annotation-shortcuts'
import { citeQuote, sectionAt } from '../../../../src/renderer/src/annotations/citation'
import { renderNote } from '../../../../src/renderer/src/annotations/note-markdown'
import type { AnnotationRecord } from '../../../../src/renderer/src/db/schema'
import { assembleDocument, documentText } from '../../../../src/shared/assemble-document'

const TEXT =
  '第一回 宴桃园豪杰三结义\n滚滚长江东逝水，浪花淘尽英雄。\n第二回 张翼德怒鞭督邮\n是非成败转头空。'

function record(
  id: string,
  start: number,
  end: number,
  extra: Partial<AnnotationRecord> = {},
): AnnotationRecord {
  return {
    id,
    documentId: 'd',
    blockId: 'b',
    selectors: describeSpan(TEXT, start, end),
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
}

const key = (
  code: string,
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  code,
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('annotation logic', () => {
  it('places records and finds the ones on screen', () => {
    const place = createAnchorCache(TEXT)
    const placed = place([
      record('a', 14, 18),
      record('b', 0, 3),
      record('orphan', 0, 3, { selectors: describeSpan('完全不同的文字', 0, 5) }),
    ])
    expect(placed.find((p) => p.record.id === 'orphan')!.anchor).toBeNull()
    const sorted = inReadingOrder(placed)
    expect(sorted.map((p) => p.record.id)).toEqual(['b', 'a'])
    expect(overlapping(sorted, 15, 16, 4).map((p) => p.record.id)).toEqual(['a'])
    expect(overlapping(sorted, 5, 10, 4)).toEqual([])
  })

  it('filters by colour, tag and words of the note or quote, and sorts orphans last', () => {
    const a = record('a', 14, 18, {
      color: 'green',
      tags: ['诗'],
      note: 'The **opening** poem',
      createdAt: 5,
    })
    const b = record('b', 0, 3, { createdAt: 9 })
    expect(matchesFilter(a, { ...NO_FILTER, colors: ['green'] })).toBe(true)
    expect(matchesFilter(b, { ...NO_FILTER, colors: ['green'] })).toBe(false)
    expect(matchesFilter(a, { ...NO_FILTER, tag: '诗' })).toBe(true)
    expect(matchesFilter(a, { ...NO_FILTER, query: 'OPENING 长江' })).toBe(true)
    expect(matchesFilter(a, { ...NO_FILTER, query: 'closing' })).toBe(false)
    const items = [
      { r: a, at: 14 },
      { r: b, at: null },
      { r: record('c', 0, 1, { createdAt: 7 }), at: 0 },
    ]
    const ids = (order: 'reading' | 'newest') =>
      sortAnnotations(
        items,
        order,
        (i) => i.r,
        (i) => i.at,
      ).map((i) => i.r.id)
    expect(ids('reading')).toEqual(['c', 'a', 'b'])
    expect(ids('newest')).toEqual(['b', 'c', 'a'])
    expect(parseTags('#one, two，three  one')).toEqual(['one', 'two', 'three'])
  })

  it('maps keys to actions only when they make sense', () => {
    expect(shortcutFor(key('Digit2', '2'), true)).toEqual({ kind: 'highlight', color: 'green' })
    expect(shortcutFor(key('Digit2', '2'), false)).toBeNull()
    expect(shortcutFor(key('KeyC', 'C', { shiftKey: true }), true)).toEqual({ kind: 'cite' })
    expect(shortcutFor(key('KeyC', 'c', { ctrlKey: true }), true)).toBeNull() // the browser's own copy
    expect(shortcutFor(key('KeyD', 'd', { metaKey: true }), false)).toEqual({ kind: 'bookmark' })
    expect(
      shortcutFor(key('ArrowRight', 'ArrowRight', { shiftKey: true, ctrlKey: true }), false),
    ).toEqual({
      kind: 'extend',
      direction: 'forward',
      granularity: 'word',
    })
  })

  it('cites a passage with its title, section and place', () => {
    const doc = assembleDocument({
      format: 'txt',
      encoding: 'gbk',
      encodingConfidence: 1,
      title: '三国演义',
      drafts: TEXT.split('\n').map((text) => ({
        type: text.startsWith('第') ? ('heading' as const) : ('paragraph' as const),
        text,
        level: 1,
      })),
    })
    const at = documentText(doc.blocks).indexOf('是非')
    expect(sectionAt(doc.blocks, doc.outline, at)).toBe('第二回 张翼德怒鞭督邮')
    expect(
      citeQuote('是非成败转头空', {
        title: doc.title,
        author: null,
        section: '第二回 张翼德怒鞭督邮',
        percent: 80.4,
      }),
    ).toBe('“是非成败转头空”\n— 《三国演义》, 第二回 张翼德怒鞭督邮, 80%')
  })

  it('renders a note as Markdown without letting markup or script links through', () => {
    const html = renderNote(
      '**bold** <img src=x onerror=alert(1)> [link](javascript:alert(1)) [ok](https://example.org)',
    )
    expect(html).toContain('<strong>bold</strong>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('href="https://example.org"')
  })
})
