import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

const CORPUS = join(import.meta.dirname, '../../../../../../shared/corpus')
const HTML = join(CORPUS, 'html')
const page = (body: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><title>Rules</title></head><body>${body}</body></html>`,
  )

describe('horizontal rules in HTML', () => {
  it('draws a rule only between text: none opens the page, two in a row make one', async () => {
    const doc = await importDocument(
      page('<hr class="full"><h1>Rules</h1><p>One.</p><hr><hr class="chap"><p>Two.</p><hr>'),
      'rules.html',
    )
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'separator',
      'paragraph',
      'separator',
    ])
  })

  it('opens the Gutenberg Pride and Prejudice on its contents, not on a rule', async () => {
    const doc = await importDocument(
      await readFile(join(HTML, 'pride_and_prejudice_pg1342-h.htm')),
      'pp.htm',
    )
    expect(doc.blocks[0]!.type).not.toBe('separator')
    expect(doc.blocks[0]!.text).toMatch(/^PREFACE\./)
    const doubled = doc.blocks.filter(
      (b, i) => b.type === 'separator' && doc.blocks[i + 1]?.type === 'separator',
    )
    expect(doubled).toEqual([])
  })
})

describe('titles of tables and figures in DocBook pages', () => {
  it('reads "表 1.13. shell 程序列表" above its table as the table’s caption, not a paragraph', async () => {
    const doc = await importDocument(
      await readFile(join(HTML, 'debian-reference.ch01.zh-cn.html')),
      'debian-reference.ch01.zh-cn.html',
    )
    // DocBook writes no-break spaces after 表 and the number.
    const at = doc.blocks.findIndex((b) => b.text === '表\u00a01.13.\u00a0shell 程序列表')
    expect(doc.blocks[at]?.type).toBe('caption')
    expect(doc.blocks[at + 1]?.type).toBe('table')
  })

  it('leaves a paragraph classed "title" outside a table or figure as it was', async () => {
    const doc = await importDocument(
      page(
        '<h1>Rules</h1><div class="table"><p class="title"><b>Table 1. Shells</b></p><table><tr><td>bash</td><td>GNU</td></tr><tr><td>dash</td><td>Debian</td></tr></table></div><div class="note"><p class="title">Note</p><p>Text.</p></div>',
      ),
      'docbook.html',
    )
    expect(doc.blocks.map((b) => `${b.type}: ${b.text}`)).toEqual([
      'heading: Rules',
      'caption: Table 1. Shells',
      'table: bash\tGNU\ndash\tDebian',
      'paragraph: Note',
      'paragraph: Text.',
    ])
  })
})

describe('Project Gutenberg boilerplate in HTML and EPUB', () => {
  it('leaves out the licence header and footer of a modern Gutenberg page', async () => {
    const doc = await importDocument(
      page(
        '<section class="pg-boilerplate pgheader" id="pg-header"><h2>The Project Gutenberg eBook of Rules</h2><p>This ebook is for the use of anyone anywhere.</p></section>' +
          '<h1>Rules</h1><p>The story.</p>' +
          '<section class="pg-boilerplate pgheader" id="pg-footer"><h2>THE FULL PROJECT GUTENBERG LICENSE</h2><p>Section 1.</p></section>',
      ),
      'rules.html',
    )
    expect(doc.blocks.map((b) => b.text)).toEqual(['Rules', 'The story.'])
  })

  it('opens the Gutenberg EPUB of Alice on its title page, not on the licence', async () => {
    const doc = await importDocument(
      await readFile(join(CORPUS, 'epub/alice_pg19033.epub2.epub')),
      'alice_pg19033.epub2.epub',
    )
    const text = doc.blocks.map((b) => b.text).join('\n')
    expect(text).not.toMatch(/Project Gutenberg/i)
    expect(doc.blocks[0]!.text).toBe('THE "STORYLAND" SERIES')
    expect(text).toContain('"Oh, I\'ve had such a curious dream!" said Alice.')
    expect(doc.outline).toHaveLength(14)
  })
})
