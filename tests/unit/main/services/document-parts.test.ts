import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assembleDocument } from '../../../../src/shared/assemble-document'
import type { BlockDraft, ParsedDocument } from '../../../../src/shared/document-model'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { CHUNK_BLOCKS, HEAD_BLOCKS, PARTS } from '../../../../src/main/services/document-parts'

/** A long book: a chapter heading every 500 paragraphs, 7,000 blocks in all. */
function longBook(): ParsedDocument {
  const drafts: BlockDraft[] = []
  for (let i = 0; i < 7000; i++) {
    drafts.push(
      i % 500 === 0
        ? { type: 'heading', level: 1, text: `第${i / 500 + 1}回 章节` }
        : { type: 'paragraph', text: `第${i}段。这是正文，长短不一${'字'.repeat(i % 37)}。` },
    )
  }
  return assembleDocument({
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    title: '长书',
    drafts,
  })
}

describe('documents stored in parts', () => {
  let root: string
  let parses: number
  const parse = async () => {
    parses++
    return longBook()
  }
  const bytes = new TextEncoder().encode('the original bytes')
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-parts-'))
    parses = 0
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('opens the head from a small file without reading the rest', async () => {
    const store = createDocumentStore({ root, parse })
    const meta = await store.importBytes('long.txt', bytes)
    const folder = join(root, 'documents', meta.id)
    const whole = await store.open(meta.id)
    expect(await readdir(folder)).not.toContain('document.json')

    const names = (await readdir(join(folder, PARTS))).sort()
    expect(names).toContain('head.json')
    expect(names.length - 1).toBe(Math.ceil(7000 / CHUNK_BLOCKS))
    const headSize = (await stat(join(folder, PARTS, 'head.json'))).size
    const chunkSizes = await Promise.all(
      names.map(async (n) => (await stat(join(folder, PARTS, n))).size),
    )
    expect(headSize * 3).toBeLessThan(chunkSizes.reduce((a, b) => a + b, 0))

    // Damage every chunk past the first: the head still opens, so it never read them.
    for (const name of names.filter((n) => n !== 'head.json' && !n.endsWith('-00000.json')))
      await writeFile(join(folder, PARTS, name), 'not json')
    const fresh = createDocumentStore({ root, parse })
    const head = await fresh.openHead(meta.id, 300)
    expect(head.totalBlocks).toBe(7000)
    expect(head.document.blocks).toEqual(whole.blocks.slice(0, 300))
    expect(head.document.outline).toEqual(whole.outline)
    expect(head.document.stats).toEqual(whole.stats)
  })

  it('serves any range of blocks across chunk boundaries', async () => {
    const store = createDocumentStore({ root, parse })
    const meta = await store.importBytes('long.txt', bytes)
    const whole = await store.open(meta.id)
    await store.openHead(meta.id, 300)
    for (const [from, to] of [
      [0, 300],
      [300, 6300],
      [HEAD_BLOCKS - 5, CHUNK_BLOCKS + 5],
      [CHUNK_BLOCKS * 2 - 1, CHUNK_BLOCKS * 3 + 1],
      [6300, 12300],
      [7000, 7100],
    ] as const) {
      expect(await store.blocks(meta.id, from, to)).toEqual(whole.blocks.slice(from, to))
    }
  })

  it('migrates a document stored as one document.json on first open', async () => {
    const store = createDocumentStore({ root, parse })
    const meta = await store.importBytes('long.txt', bytes)
    const folder = join(root, 'documents', meta.id)
    const whole = await store.open(meta.id)
    // As stored before parts: one document.json, no parts folder.
    await rm(join(folder, PARTS), { recursive: true })
    await writeFile(join(folder, 'document.json'), JSON.stringify(whole))
    const before = parses

    const fresh = createDocumentStore({ root, parse })
    const head = await fresh.openHead(meta.id, 300)
    expect(head.document.blocks).toEqual(whole.blocks.slice(0, 300))
    expect(await fresh.blocks(meta.id, 300, 7000)).toEqual(whole.blocks.slice(300))
    expect(parses).toBe(before) // rebuilt from document.json, not re-parsed
    expect(await readdir(folder)).not.toContain('document.json')
    expect(await readdir(join(folder, PARTS))).toContain('head.json')
  })

  it('applies outline corrections to the head, the slices and the outline, past the head too', async () => {
    const store = createDocumentStore({ root, parse })
    const meta = await store.importBytes('long.txt', bytes)
    const whole = await store.open(meta.id)
    const late = whole.blocks[4321]!
    const chapter = whole.blocks[500]!
    await store.openHead(meta.id, 300) // cached before the corrections
    await store.correctOutline(meta.id, { kind: 'promote', blockId: late.id, level: 2 })
    await store.correctOutline(meta.id, {
      kind: 'rename',
      blockId: chapter.id,
      title: '改名的第二回',
    })

    for (const reader of [store, createDocumentStore({ root, parse })]) {
      const head = await reader.openHead(meta.id, 300)
      const titles = head.document.outline.map((e) => e.title)
      expect(titles).toContain('改名的第二回')
      const at = head.document.outline.findIndex((e) => e.blockId === late.id)
      expect(at).toBeGreaterThan(0)
      expect(head.document.outline[at - 1]!.title).toBe('第9回 章节') // in reading order
      const [block] = await reader.blocks(meta.id, 4321, 4322)
      expect(block).toMatchObject({
        id: late.id,
        type: 'heading',
        level: 2,
        start: late.start,
        text: late.text,
      })
    }
    // The corrected outline is kept beside the parts; a fresh store opens with it even if chunks are gone.
    const folder = join(root, 'documents', meta.id)
    for (const name of await readdir(join(folder, PARTS)))
      if (name !== 'head.json' && !name.endsWith('-00000.json'))
        await writeFile(join(folder, PARTS, name), '')
    const head = await createDocumentStore({ root, parse }).openHead(meta.id, 300)
    expect(head.document.outline.some((e) => e.blockId === late.id)).toBe(true)

    await store.correctOutline(meta.id, { kind: 'demote', blockId: late.id })
    const after = await createDocumentStore({ root, parse }).openHead(meta.id, 300)
    expect(after.document.outline.some((e) => e.blockId === late.id)).toBe(false)
  })
})
