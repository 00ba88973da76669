import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

/**
 * Chapter titles written as a subtitle under the chapter's number: a `<p>` in an `<hgroup>` (the
 * HTML standard's form since 2022, Standard Ebooks) or a `<p class="subtitle">` after the `<h1>`
 * (calibre, Word conversions). Without a table of contents the outline joins them as a reader does.
 */
const page = (id: string, body: string) => ({ id, href: `${id}.xhtml`, body })
const text =
  '<p>' + 'It was a dark and stormy night; the rain fell in torrents. '.repeat(8) + '</p>'
const titles = (doc: ParsedDocument) => doc.outline.map((e) => [e.title, e.level])
const typeOf = (doc: ParsedDocument, text: string) => doc.blocks.find((b) => b.text === text)?.type

describe('chapter subtitles in an EPUB without a table of contents', () => {
  it('a <p> inside <hgroup> is the chapter title under its number', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: ['The Harbour', 'The Lighthouse', 'Landfall'].map((title, i) =>
          page(
            `c${i + 1}`,
            `<section><hgroup><h2>Chapter ${i + 1}</h2><p>${title}</p></hgroup>${text}</section>`,
          ),
        ),
      }),
      'hgroup.epub',
    )
    expect(titles(doc)).toEqual([
      ['Chapter 1: The Harbour', 1],
      ['Chapter 2: The Lighthouse', 1],
      ['Chapter 3: Landfall', 1],
    ])
    expect(doc.blocks.find((b) => b.id === doc.outline[0]!.blockId)!.text).toBe('Chapter 1')
    // Shown as the chapter's subtitle, not as a line of its text.
    expect(typeOf(doc, 'The Harbour')).toBe('subheading')
  })

  it('Standard Ebooks: a roman ordinal and an epub:type="title" paragraph', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: ['Loomings', 'The Carpet-Bag', 'The Spouter-Inn'].map((title, i) =>
          page(
            `c${i + 1}`,
            `<section epub:type="chapter"><hgroup><h2 epub:type="ordinal z3998:roman">${['I', 'II', 'III'][i]}</h2><p epub:type="title">${title}</p></hgroup>${text}</section>`,
          ),
        ),
      }),
      'se.epub',
    )
    expect(doc.outline.map((e) => e.title)).toEqual([
      'I: Loomings',
      'II: The Carpet-Bag',
      'III: The Spouter-Inn',
    ])
  })

  it('a <p class="subtitle"> right after the <h1>, in English and in Chinese', async () => {
    const english = await importDocument(
      buildEpub({
        chapters: ['The Harbour', 'The Lighthouse', 'Landfall'].map((title, i) =>
          page(
            `c${i + 1}`,
            `<h1 class="chapter">CHAPTER ${i + 1}</h1><p class="subtitle">${title}</p>${text}`,
          ),
        ),
      }),
      'subtitle.epub',
    )
    expect(english.outline.map((e) => e.title)).toEqual([
      'CHAPTER 1: The Harbour',
      'CHAPTER 2: The Lighthouse',
      'CHAPTER 3: Landfall',
    ])
    expect(typeOf(english, 'Landfall')).toBe('subheading')
    const chinese = await importDocument(
      buildEpub({
        language: 'zh',
        chapters: ['风起', '雨落', '天晴'].map((title, i) =>
          page(
            `c${i + 1}`,
            `<h1>第${'一二三'[i]}章</h1><p class="subtitle">${title}</p><p>${'风雨交加，天色渐暗，他站在门口望着远处的山。'.repeat(6)}</p>`,
          ),
        ),
      }),
      'subtitle-zh.epub',
    )
    expect(chinese.outline.map((e) => e.title)).toEqual([
      '第一章 风起',
      '第二章 雨落',
      '第三章 天晴',
    ])
  })

  it('a chapter line styled as a paragraph (Kindle-made Chinese books) with its title in a subheading paragraph', async () => {
    const doc = await importDocument(
      buildEpub({
        language: 'zh',
        chapters: ['风起', '雨落', '天晴'].map((title, i) =>
          page(
            `c${i + 1}`,
            `<p class="kindle-cn-heading1">第${'一二三'[i]}回</p><p class="kindle-cn-subheading">${title}</p><p class="kindle-cn-para">${'风雨交加，天色渐暗，他站在门口望着远处的山。'.repeat(6)}</p>`,
          ),
        ),
      }),
      'kindle-zh.epub',
    )
    expect(doc.outline.map((e) => e.title)).toEqual(['第一回 风起', '第二回 雨落', '第三回 天晴'])
    expect(typeOf(doc, '雨落')).toBe('subheading')
  })

  it('number and title as two spans of one heading read with a space between; a name in two spans stays one word', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page(
            'c1',
            `<h1><span class="cn">1</span><span class="ct">The Harbour</span></h1>${text}`,
          ),
          page(
            'c2',
            `<h1><span class="cn">CHAPTER II</span><span class="ct">Landfall</span></h1>${text}`,
          ),
          page('c3', `<h1>The <span>Mac</span><span>Donald</span> Light</h1>${text}`),
        ],
      }),
      'spans.epub',
    )
    expect(doc.outline.map((e) => e.title)).toEqual([
      '1 The Harbour',
      'CHAPTER II Landfall',
      'The MacDonald Light',
    ])
  })

  it('a subtitle under a chapter that has its own title is no part of the entry; a paragraph after a bare number is not a subtitle', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page(
            'c1',
            `<hgroup><h1>The Harbour</h1><p>In which the boat comes in</p></hgroup>${text}`,
          ),
          page('c2', `<h1>The Lighthouse</h1><p class="subtitle">A night watch</p>${text}`),
          page('c3', `<h1>3</h1><p>It was late when the keeper climbed the stair.</p>${text}`),
        ],
      }),
      'titled.epub',
    )
    expect(doc.outline.map((e) => e.title)).toEqual(['The Harbour', 'The Lighthouse', '3'])
    expect(typeOf(doc, 'In which the boat comes in')).toBe('subheading')
    expect(typeOf(doc, 'It was late when the keeper climbed the stair.')).toBe('paragraph')
  })
})
