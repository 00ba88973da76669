import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assembleDocument } from '../../../../src/shared/assemble-document'
import type { BlockDraft, ParsedDocument } from '../../../../src/shared/document-model'
import {
  PARTS,
  readPartsHead,
  readWholeFromParts,
  writeParts,
} from '../../../../src/main/services/document-parts'

function book(paragraph: (i: number) => string): ParsedDocument {
  const drafts: BlockDraft[] = []
  for (let i = 0; i < 2500; i++) drafts.push({ type: 'paragraph', text: paragraph(i) })
  return assembleDocument({
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    title: 't',
    drafts,
  })
}

const chinese = book(
  (i) => `第${i}段。他说：“这是正文，一段小说里的话，长短不一${'字'.repeat(30 + (i % 37))}。”\t𠀀`,
)
const english = book((i) => `Paragraph ${i}: "quoted" text, with a tab\tand a café.`)

describe('the encoding of chunk files', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'margin-parts-encoding-'))
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  async function chunkFiles(): Promise<Buffer[]> {
    const names = (await readdir(join(folder, PARTS))).filter((n) => n !== 'head.json').sort()
    return Promise.all(names.map((n) => readFile(join(folder, PARTS, n))))
  }

  it('stores a Chinese book in UTF-16 with a BOM and reads back every block as written', async () => {
    await writeParts(folder, chinese, { staged: true })
    const files = await chunkFiles()
    expect(files.length).toBe(3)
    for (const file of files) expect([file[0], file[1]]).toEqual([0xff, 0xfe])
    const utf8Size = files.reduce((n, f) => n + Buffer.byteLength(f.toString('utf16le', 2)), 0)
    expect(files.reduce((n, f) => n + f.length, 0)).toBeLessThanOrEqual(utf8Size)
    const head = await readPartsHead(folder)
    expect((await readWholeFromParts(folder, head!)).blocks).toEqual(chinese.blocks)
  })

  it('stores a mostly ASCII book in UTF-8, half the size of UTF-16', async () => {
    await writeParts(folder, english, { staged: true })
    for (const file of await chunkFiles()) {
      expect(file[0]).toBe(0x02) // the version 2 marker, not a BOM
      // The text is stored as it is, readable in the file, not escaped into JSON.
      expect(file.toString('utf8')).toContain('"quoted" text, with a tab\tand a café.')
    }
    const head = await readPartsHead(folder)
    expect((await readWholeFromParts(folder, head!)).blocks).toEqual(english.blocks)
  })

  it.each(['utf8', 'utf16le'] as const)(
    'still reads JSON chunks written in %s by earlier versions',
    async (encoding) => {
      await writeParts(folder, chinese, { staged: true })
      const head = (await readPartsHead(folder))!
      const names = (await readdir(join(folder, PARTS))).filter((n) => n !== 'head.json').sort()
      for (const [n, name] of names.entries()) {
        const json = JSON.stringify(
          chinese.blocks.slice(n * head.chunkBlocks, (n + 1) * head.chunkBlocks),
        )
        const bytes =
          encoding === 'utf8'
            ? Buffer.from(json, 'utf8')
            : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])
        await writeFile(join(folder, PARTS, name), bytes)
      }
      expect((await readWholeFromParts(folder, head)).blocks).toEqual(chinese.blocks)
    },
  )
})
