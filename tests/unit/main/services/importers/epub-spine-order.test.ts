import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/** Spine items marked linear="no" (a contents page, notes) are out of the reading order, as readers treat them. */
const ALICE = join(import.meta.dirname, '../../../../../../shared/corpus/epub/alice.epub3.epub')

describe('the reading order of an EPUB', () => {
  it('Alice: the cover first, then the title page and chapters; its non-linear contents page after them', async () => {
    const doc = await importDocument(new Uint8Array(await readFile(ALICE)), 'alice.epub')
    const contents = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Contents')
    const chapter1 = doc.blocks.findIndex((b) => /Down The Rabbit-Hole/i.test(b.text))
    expect(doc.blocks[0]!.type).toBe('image')
    expect(contents).toBeGreaterThan(chapter1)
    // Its links still go to the chapters.
    const link = doc.blocks[contents + 2]!
    expect(link.text).toBe('Down The Rabbit-Hole')
    expect(link.html).toBe(`<a href="#${doc.blocks[chapter1]!.id}">Down The Rabbit-Hole</a>`)
  })

  it('a book whose spine marks everything linear="no" reads in spine order', async () => {
    const files = unzipSync(new Uint8Array(await readFile(ALICE)))
    const opf = Object.keys(files).find((n) => n.endsWith('.opf'))!
    files[opf] = strToU8(strFromU8(files[opf]!).replace(/linear="yes"/g, 'linear="no"'))
    const doc = await importDocument(zipSync(files), 'alice.epub')
    const contents = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Contents')
    const chapter1 = doc.blocks.findIndex((b) => /Down The Rabbit-Hole/i.test(b.text))
    expect(contents).toBeLessThan(chapter1)
    expect(doc.outline.length).toBeGreaterThan(10)
  })
})
