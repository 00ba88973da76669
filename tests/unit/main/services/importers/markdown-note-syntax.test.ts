import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../../src/shared/assemble-document'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { PNG_1X1 } from './epub-fixtures'

/** Notes from Obsidian and GitHub: what their apps show is what Margin shows and searches. */
const md = (text: string) => new TextEncoder().encode(text)
const rows = (doc: ParsedDocument) => doc.blocks.map((b) => [b.type, b.text])

describe('Obsidian notes', () => {
  it('wikilinks read as their alias or page name; a link to a heading of the note goes there', async () => {
    const doc = await importDocument(
      md(
        '# Harbour log\n\nMet [[John Smith]]; see [[Tide tables#Spring tides]], [[Tide tables#Neap|neap tides]] and [[#Moorings]].\n\n## Moorings\n\nTwo buoys.\n',
      ),
      'Harbour log.md',
    )
    const line = doc.blocks[1]!
    expect(line.text).toBe(
      'Met John Smith; see Tide tables › Spring tides, neap tides and Moorings.',
    )
    const moorings = doc.blocks.find((b) => b.type === 'heading' && b.text === 'Moorings')!
    expect(line.html).toContain(`<a href="#${moorings.id}">Moorings</a>`)
    expect(documentText(doc.blocks)).not.toContain('[[')
  })

  it('embeds: a picture beside the note is shown, an embedded note is named', async () => {
    const doc = await importDocument(
      md('# Log\n\n![[harbour photo.png]]\n\n![[chart.png|300]]\n\n![[Packing list]]\n'),
      'log.md',
      {
        readSibling: async (p) => (p === 'harbour photo.png' || p === 'chart.png' ? PNG_1X1 : null),
      },
    )
    expect(doc.blocks.filter((b) => b.type === 'image' && b.src)).toHaveLength(2)
    expect(rows(doc).at(-1)).toEqual(['paragraph', 'Packing list'])
  })

  it('callouts and GitHub alerts open with their title on a line of its own', async () => {
    const doc = await importDocument(
      md(
        '# Log\n\n> [!tip] Remember\n> Ask about the mooring fee.\n\n> [!WARNING]-\n> Shallow at low tide.\n\n> [!NOTE]\n> Check the tide tables.\n',
      ),
      'log.md',
    )
    expect(rows(doc).slice(1)).toEqual([
      ['quote', 'Remember\nAsk about the mooring fee.'],
      ['quote', 'Warning\nShallow at low tide.'],
      ['quote', 'Note\nCheck the tide tables.'],
    ])
    expect(doc.blocks[1]!.html).toBe('<strong>Remember</strong><br>Ask about the mooring fee.')
  })

  it('task lists show ☐ and ☑; ==highlights== are marked; comments and block ids are left out', async () => {
    const doc = await importDocument(
      md(
        '# 读书笔记\n\n- [x] 读完第一回\n- [ ] 整理人物表\n  - [X] 甄士隐\n\nThe ==harbour office== opens at nine. %%ask Tom%% Bring the permit. ^perm-1\n',
      ),
      'notes.md',
    )
    expect(rows(doc).slice(1)).toEqual([
      ['list-item', '☑ 读完第一回'],
      ['list-item', '☐ 整理人物表'],
      ['list-item', '☑ 甄士隐'],
      ['paragraph', 'The harbour office opens at nine. Bring the permit.'],
    ])
    expect(doc.blocks.at(-1)!.html).toBe(
      'The <mark>harbour office</mark> opens at nine. Bring the permit.',
    )
  })

  it('code keeps every bracket, percent and equals sign as typed', async () => {
    const doc = await importDocument(
      md(
        '# Shell\n\nRun `[[ -f x ]]` first.\n\n```bash\n[[ -f x ]] && echo ==x== %%y%% ^id\n- [ ] not a task\n```\n',
      ),
      'shell.md',
    )
    expect(rows(doc).slice(1)).toEqual([
      ['paragraph', 'Run [[ -f x ]] first.'],
      ['code', '[[ -f x ]] && echo ==x== %%y%% ^id\n- [ ] not a task'],
    ])
  })
})
