import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/** Markdown as other tools write it: Jekyll/Hugo/Obsidian front matter, Windows line ends, legacy encodings. */
const SHARED = join(import.meta.dirname, '../../../../../../shared')
const md = (text: string) => new TextEncoder().encode(text)
const outline = (doc: ParsedDocument) => doc.outline.map((e) => [e.title, e.level])

describe('front matter', () => {
  it.each([
    ['a YAML block list', 'authors:\n  - Ann Author\n  - Bo Writer', 'Ann Author, Bo Writer'],
    ['a YAML inline list', 'author: ["Ann Author", Bo Writer]', 'Ann Author, Bo Writer'],
    ['a quoted scalar', "author: 'Ann Author'", 'Ann Author'],
  ])('author as %s', async (_name, authorField, author) => {
    const doc = await importDocument(
      md(
        `---\ntitle: "Field Notes"\n${authorField}\nlang: en-GB\ntags: [rivers]\n---\n\n# Rivers\n\nText.\n`,
      ),
      'notes.md',
    )
    expect(doc).toMatchObject({ title: 'Field Notes', author, language: 'en-GB' })
    expect(doc.blocks.map((b) => b.text)).toEqual(['Rivers', 'Text.'])
  })

  it('an empty field followed by another field is no author', async () => {
    const doc = await importDocument(
      md('---\ntitle: T\nauthor:\ndate: 2024-01-01\n---\nBody.\n'),
      'a.md',
    )
    expect(doc.author).toBeNull()
    expect(doc.blocks.map((b) => b.text)).toEqual(['Body.'])
  })

  it('a document that opens with a rule and prose keeps that prose (it is not front matter)', async () => {
    const doc = await importDocument(
      md('---\nA quiet opening line.\n---\n\nThe story.\n'),
      'story.md',
    )
    expect(doc.blocks.map((b) => b.text)).toContain('A quiet opening line.')
  })

  it('TOML front matter (Hugo)', async () => {
    const doc = await importDocument(
      md('+++\ntitle = "Toml Title"\nauthor = "Hu Go"\n+++\n# Heading\n\ntext\n'),
      'post.md',
    )
    expect(doc).toMatchObject({ title: 'Toml Title', author: 'Hu Go' })
  })
})

describe('line ends and encodings', () => {
  const notes = `---\ntitle: 读书笔记\nauthor: 李雷\n---\n\n第一部分\n========\n\n引言。\n\n细节\n----\n\n<div class="note">\n  <p>一个 <b>HTML</b> 块。</p>\n</div>\n\n<details><summary>更多</summary>\n\n隐藏的 *Markdown* 文字。\n\n</details>\n\n- 一\n- 二\n`

  it('CRLF, CR-only and LF give the same document', async () => {
    const lf = await importDocument(md(notes), 'n.md')
    for (const ends of ['\r\n', '\r']) {
      const other = await importDocument(md(notes.replace(/\n/g, ends)), 'n.md')
      expect(other.blocks.map((b) => [b.type, b.text])).toEqual(
        lf.blocks.map((b) => [b.type, b.text]),
      )
      expect(other).toMatchObject({ title: '读书笔记', author: '李雷' })
    }
    expect(outline(lf)).toEqual([
      ['第一部分', 1],
      ['细节', 2],
    ])
    expect(lf.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining(['一个 HTML 块。', '隐藏的 Markdown 文字。']),
    )
  })

  it('the Chinese copywriting guide in GB18030 and in UTF-16 with a BOM reads as in UTF-8', async () => {
    const text = await readFile(
      join(SHARED, 'corpus/markdown/chinese-copywriting-guidelines.zh-Hans.md'),
      'utf8',
    )
    const utf8 = await importDocument(md(text), 'guide.md')
    for (const [encoding, expected] of [
      ['gb18030', ['gbk', 'gb18030']],
      ['utf-16le', ['utf-16le']],
    ] as const) {
      const body = iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' })
      const doc = await importDocument(new Uint8Array(body), 'guide.md')
      expect(expected).toContain(doc.encoding)
      expect(doc.blocks.map((b) => b.text)).toEqual(utf8.blocks.map((b) => b.text))
      expect(doc.outline.map((e) => e.title)).toEqual(utf8.outline.map((e) => e.title))
    }
  })

  it('a web novel in Markdown without # headings gets its chapter lines as contents', async () => {
    const doc = await importDocument(
      md('第一章 初遇\n\n那年春天，他们在湖边相遇。\n\n第二章 别离\n\n秋天到了，他要远行。\n'),
      'novel.md',
    )
    expect(outline(doc)).toEqual([
      ['第一章 初遇', 1],
      ['第二章 别离', 1],
    ])
  })
})
