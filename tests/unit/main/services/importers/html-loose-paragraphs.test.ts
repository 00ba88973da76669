import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/**
 * Chapters served as one `<div>` of lines (web-novel sites, Aozora Bunko, old converters): each
 * paragraph a line with an indent, or lines parted by a blank one. The reader gets paragraphs.
 */
const page = (body: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>第一回</title></head><body>${body}</body></html>`,
  )
const rows = (doc: ParsedDocument) => doc.blocks.map((b) => [b.type, b.text])
const NBSP4 = '&nbsp;&nbsp;&nbsp;&nbsp;'

describe('paragraphs written as lines in one container', () => {
  it('a web-novel chapter: indented lines parted by blank lines are paragraphs', async () => {
    const doc = await importDocument(
      page(
        `<h1>第一回</h1><div id="content">${NBSP4}此开卷第一回也。<br />\n<br />\n${NBSP4}列位看官：你道此书从何而来？<br /><br />${NBSP4}原来女娲氏炼石补天之时……</div>`,
      ),
      'chapter.html',
    )
    expect(rows(doc)).toEqual([
      ['heading', '第一回'],
      ['paragraph', '此开卷第一回也。'],
      ['paragraph', '列位看官：你道此书从何而来？'],
      ['paragraph', '原来女娲氏炼石补天之时……'],
    ])
  })

  it('lines parted only by blank lines, text straight in the body', async () => {
    const doc = await importDocument(
      page('First paragraph, line one<br>still the first.<br><br>Second paragraph.'),
      'plain.html',
    )
    expect(rows(doc)).toEqual([
      ['paragraph', 'First paragraph, line one\nstill the first.'],
      ['paragraph', 'Second paragraph.'],
    ])
  })

  it('a poem in a <div class="poem">, its lines indented with no-break spaces, stays one stanza', async () => {
    const doc = await importDocument(
      page(
        `<div class="poem"><div class="stanza">${NBSP4}Tyger Tyger, burning bright,<br />${NBSP4}In the forests of the night;<br /></div></div>`,
      ),
      'poem.html',
    )
    expect(rows(doc)).toEqual([
      ['paragraph', 'Tyger Tyger, burning bright,\nIn the forests of the night;'],
    ])
  })

  it('a poem in a <p> keeps its lines, indented or not; emphasis across a blank line stays whole', async () => {
    const doc = await importDocument(
      page(
        '<p>\u3000\u3000满纸荒唐言，<br />\u3000\u3000一把辛酸泪！</p><div>Before <em>one<br><br>two</em> after.</div>',
      ),
      'poem.html',
    )
    expect(rows(doc)).toEqual([
      ['paragraph', '满纸荒唐言，\n一把辛酸泪！'],
      ['paragraph', 'Before one\n\ntwo after.'],
    ])
  })
})
