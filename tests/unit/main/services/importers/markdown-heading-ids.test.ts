import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/** Heading attributes as Pandoc, kramdown, Hugo and MkDocs write them: no part of the title, the id a link target. */
const md = (text: string) => new TextEncoder().encode(text)

describe('heading ids written after the heading', () => {
  it('{#id .class} leaves the title and the contents; a link to the id lands on the heading', async () => {
    const doc = await importDocument(
      md(
        '# Getting started {#start}\n\nSee [the install steps](#setup).\n\n## Install {#setup .unnumbered}\n\nRun it.\n\n## Options {data-level="2" .wide}\n\nMore.\n\n## Sets {a, b}\n\nBraces that are text stay.\n',
      ),
      'guide.md',
    )
    expect(doc.outline.map((e) => e.title)).toEqual([
      'Getting started',
      'Install',
      'Options',
      'Sets {a, b}',
    ])
    const install = doc.blocks.find((b) => b.text === 'Install')!
    expect(doc.blocks[1]!.html).toBe(`See <a href="#${install.id}">the install steps</a>.`)
  })
})
