import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { PNG_1X1 } from './epub-fixtures'

const MD = join(import.meta.dirname, '../../../../../../shared/corpus/markdown')
const md = (text: string) => new TextEncoder().encode(text)

describe('Markdown import of real files', () => {
  it('reads the Rust book chapter: nested outline, code, quotes, and mdBook includes as notes', async () => {
    const doc = await importDocument(
      await readFile(join(MD, 'trpl-zh-cn_ch04-01-what-is-ownership.zh.md')),
      'ch04.md',
    )
    expect(doc.format).toBe('markdown')
    expect(doc.title).toBe('什么是所有权？')
    expect(doc.language).toBe('zh')
    expect(doc.outline[0]).toMatchObject({ title: '什么是所有权？', level: 1 })
    expect(doc.outline.find((e) => e.title === '栈（Stack）与堆（Heap）')?.level).toBe(2)
    expect(doc.outline.find((e) => e.title === '使用移动的变量与数据交互')?.level).toBe(3)
    expect(doc.blocks.some((b) => b.type === 'code' && b.text === 'let s = "hello";')).toBe(true)
    expect(doc.blocks.some((b) => b.text.includes('{{#'))).toBe(false)
    const note = doc.blocks.find((b) => b.text.includes('listing-04-01/src/main.rs'))
    expect(note).toMatchObject({
      type: 'quote',
      text: 'Included from ../listings/ch04-understanding-ownership/listing-04-01/src/main.rs',
    })
    expect(
      doc.blocks.some(
        (b) => b.type === 'caption' && b.text === '示例 4-1：一个变量和其有效的作用域',
      ),
    ).toBe(true)
    expect(doc.blocks.find((b) => b.text.startsWith('所有权（ownership）'))?.html).toContain(
      '<strong>所有权</strong>',
    )
  })

  it('reads the Chinese copywriting guide: lists, links and mixed text', async () => {
    const doc = await importDocument(
      await readFile(join(MD, 'chinese-copywriting-guidelines.zh-Hans.md')),
      'guide.md',
    )
    expect(doc.title).toBe('中文文案排版指北')
    expect(doc.outline.some((e) => e.title === '中英文之间需要增加空格' && e.level === 3)).toBe(
      true,
    )
    expect(doc.blocks.filter((b) => b.type === 'list-item').length).toBeGreaterThan(10)
    expect(doc.blocks.some((b) => b.html?.includes('<a href="https://'))).toBe(true)
  })
})

describe('Markdown import', () => {
  it('takes the title from front matter and reads GFM tables and images', async () => {
    const doc = await importDocument(
      md(
        '---\ntitle: "Front Title"\nauthor: Me\n---\n# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![a dot](pics/dot.png)\n\n~~gone~~ <script>alert(1)</script>\n',
      ),
      'note.md',
      { readSibling: async (p) => (p === 'pics/dot.png' ? PNG_1X1 : null) },
    )
    expect(doc.title).toBe('Front Title')
    expect(doc.author).toBe('Me')
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'table', 'image', 'paragraph'])
    expect(doc.blocks[1]!.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(doc.blocks[2]).toMatchObject({ text: 'a dot', src: 'dot.png', width: 1, height: 1 })
    expect(doc.blocks[3]).toMatchObject({ text: 'gone', html: '<s>gone</s>' })
    expect(JSON.stringify(doc)).not.toContain('alert')
  })
})

describe('Markdown written in ways the corpus does not show', () => {
  const notes = `---
title: "读书笔记"
author: 张三
tags: [reading, notes]
---

Setext Title
============

Intro with a footnote.[^1] And another.[^note]

Sub Section
-----------

<div class="box" onclick="alert(1)"><p>Inside <b>HTML</b> block</p><script>alert(2)</script><img src="https://example.com/x.png" alt="remote"></div>

* item one
* item two

[^1]: The first footnote.
[^note]: A named footnote with **bold**.
`

  it('front matter, setext headings, a sanitized HTML block and footnotes', async () => {
    const doc = await importDocument(new TextEncoder().encode(notes), 'notes.md')
    expect(doc.title).toBe('读书笔记')
    expect(doc.author).toBe('张三')
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['Setext Title', 1],
      ['Sub Section', 2],
    ])
    const texts = doc.blocks.map((b) => [b.type, b.text])
    expect(texts).toContainEqual(['paragraph', 'Intro with a footnote.[1] And another.[2]'])
    expect(texts).toContainEqual(['paragraph', 'Inside HTML block'])
    expect(texts.slice(-2)).toEqual([
      ['list-item', '1. The first footnote.'],
      ['list-item', '2. A named footnote with bold.'],
    ])
    const all = JSON.stringify(doc.blocks)
    for (const unsafe of ['alert', 'onclick', 'script', 'example.com', 'tags', '[^'])
      expect(all).not.toContain(unsafe)
  })
})
