import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

const HTML = join(import.meta.dirname, '../../../../../../shared/corpus/html')
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
