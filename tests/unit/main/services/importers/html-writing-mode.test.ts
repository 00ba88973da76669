import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

const page = (style: string, body: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>縦書き</title><style>${style}</style></head><body ${body}><p>吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。</p><p>何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。</p></body></html>`,
  )

describe('HTML writing direction', () => {
  it('marks a page its own styles set vertically, on html or a class of body', async () => {
    const onHtml = await importDocument(
      page('html { -webkit-writing-mode: vertical-rl; writing-mode: vertical-rl }', ''),
      'a.html',
    )
    expect(onHtml.writingMode).toBe('vertical')
    const onClass = await importDocument(
      page('.tate { writing-mode: vertical-rl }', 'class="tate"'),
      'b.html',
    )
    expect(onClass.writingMode).toBe('vertical')
  })

  it('leaves a page horizontal when only a box inside it is vertical', async () => {
    const doc = await importDocument(
      page('.note, p.tate { writing-mode: vertical-rl }', ''),
      'c.html',
    )
    expect(doc.writingMode).toBeUndefined()
  })
})
