import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const importText = (text: string) => parseTxt(new TextEncoder().encode(text), 'novel.txt')
const story = storyParagraphs().slice(0, 6)

describe('text scraped from web pages', () => {
  it('reads &nbsp; indents and <br /> line ends as the indents and line breaks they were', () => {
    const scraped = [
      '第1章 风起<br />',
      ...story.slice(0, 3).map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${p}<br /><br />`),
    ]
    scraped.push(
      '第2章 云涌<BR>',
      ...story.slice(3).map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${p}<br/>`),
    )
    const doc = importText(scraped.join('\n'))
    expect(doc.outline.map((o) => o.title)).toEqual(['第1章 风起', '第2章 云涌'])
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(story)
  })

  it('decodes quotes and numeric entities, and keeps a tag or two that a text mentions', () => {
    const quoted = importText('&ldquo;你好，&rdquo;他说&hellip;<br>&#8220;再见&#x201D;<br>完<br>')
    expect(quoted.blocks.map((b) => b.text)).toEqual(['“你好，”他说…', '“再见”', '完'])
    const tutorial = importText('换行要写 <br> 标签，空格写 &nbsp; 实体。\n这就是全部。')
    expect(tutorial.blocks.map((b) => b.text).join('\n')).toContain('<br>')
  })
})
