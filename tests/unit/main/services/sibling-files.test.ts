import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { createSiblingReader } from '../../../../src/main/services/sibling-files'
import { PNG_1X1 } from './importers/epub-fixtures'

describe('images beside a file imported from disk', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-siblings-'))
    await mkdir(join(dir, 'book/images'), { recursive: true })
    await writeFile(join(dir, 'book/images/dot.png'), PNG_1X1)
    await writeFile(join(dir, 'outside.png'), PNG_1X1)
    await writeFile(join(dir, 'book/notes.txt'), 'not an image')
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reads image files inside the page’s folder and nothing else', async () => {
    const read = createSiblingReader(join(dir, 'book/page.html'))
    expect(await read('images/dot.png')).toEqual(PNG_1X1)
    expect(await read('../outside.png')).toBeNull()
    expect(await read(join(dir, 'outside.png'))).toBeNull()
    expect(await read('notes.txt')).toBeNull()
    expect(await read('images/none.png')).toBeNull()
  })

  it('imports a page with its local image when given the page’s path', async () => {
    const html = new TextEncoder().encode(
      '<html><body><p>Hi</p><img src="images/dot.png" alt="dot"><img src="../outside.png" alt="out"></body></html>',
    )
    const doc = await importDocument(html, 'page.html', { sourcePath: join(dir, 'book/page.html') })
    expect(doc.blocks.filter((b) => b.type === 'image').map((b) => b.src)).toEqual([
      'dot.png',
      undefined,
    ])
    expect(doc.assets?.map((a) => a.name)).toEqual(['dot.png'])
  })
})
