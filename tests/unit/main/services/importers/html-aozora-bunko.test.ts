import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../../src/shared/assemble-document'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/** An Aozora Bunko XHTML file as the site serves it (Shift_JIS, its metadata block and colophon). */
const PAGE = `<?xml version="1.0" encoding="Shift_JIS"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" >
<head>
	<meta http-equiv="Content-Type" content="text/html;charset=Shift_JIS" />
	<title>夏目漱石 吾輩は猫である</title>
	<meta name="DC.Title" content="吾輩は猫である" />
	<meta name="DC.Creator" content="夏目漱石" />
</head>
<body>
<div class="metadata">
<h1 class="title">吾輩は猫である</h1>
<h2 class="author">夏目漱石</h2>
<br />
</div>
<div id="contents" style="display:none"></div><div class="main_text"><br />
<h4 class="naka-midashi"><a class="midashi_anchor" id="midashi10">一</a></h4><br />
\u3000<ruby><rb>吾輩</rb><rp>（</rp><rt>わがはい</rt><rp>）</rp></ruby>は猫である。その<img src="../../../gaiji/1-15/1-15-64.png" alt="※(「土へん＋竒」、第3水準1-15-64)" class="gaiji" />の上で始めて人間というものを見た。<br />
<h4 class="naka-midashi"><a class="midashi_anchor" id="midashi20">二</a></h4><br />
\u3000吾輩は新年来多少有名になったので、猫ながらちょっと鼻が高く感ぜらるるのはありがたい。<br />
</div>
<div class="bibliographical_information">
<hr />
<br />
底本：「吾輩は猫である」岩波文庫、岩波書店<br />
\u3000\u3000\u30001990（平成2）年4月16日第1刷発行<br />
</div>
</body>
</html>
`

describe('an Aozora Bunko XHTML file', () => {
  it('title, author line, chapters, gaiji in the sentence and the colophon in small print', async () => {
    const doc = await importDocument(iconv.encode(PAGE, 'Shift_JIS'), 'wagahai.html')
    expect(doc).toMatchObject({ title: '吾輩は猫である', author: '夏目漱石', language: 'ja' })
    // The author is a line of the title, not a section holding the book.
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['吾輩は猫である', 1],
      ['一', 2],
      ['二', 2],
    ])
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'heading',
      'byline',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'separator',
      'credit',
    ])
    expect(doc.blocks[3]!.text).toBe('吾輩は猫である。その𡑮の上で始めて人間というものを見た。')
    expect(doc.blocks.at(-1)!.text).toMatch(/^底本：「吾輩は猫である」岩波文庫、岩波書店\n1990/)
    expect(documentText(doc.blocks)).not.toMatch(/わがはい|※/)
  })
})
