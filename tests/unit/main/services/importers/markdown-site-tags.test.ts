import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/** Blog posts from Hugo and Jekyll sites read as the built site shows them, not with their template tags. */
const md = (text: string) => new TextEncoder().encode(text)
const rows = (doc: ParsedDocument) => doc.blocks.map((b) => [b.type, b.text])

describe('static-site tags in Markdown', () => {
  it('Hugo: a figure is its picture, other shortcodes on their own lines leave; fenced code keeps them', async () => {
    const doc = await importDocument(
      md(
        '---\ntitle: "Harbour walk"\n---\n\n{{< youtube dQw4w9WgXcQ >}}\n\nWe walked to the pier.\n\n{{< figure src="/images/pier.jpg" caption="The pier at dawn" >}}\n\n{{% notice tip %}}\nBring a coat.\n{{% /notice %}}\n\n```markdown\n{{< figure src="x.png" >}}\n```\n',
      ),
      'walk.md',
    )
    expect(rows(doc)).toEqual([
      ['paragraph', 'We walked to the pier.'],
      ['image', 'The pier at dawn'],
      ['paragraph', 'Bring a coat.'],
      ['code', '{{< figure src="x.png" >}}'],
    ])
  })

  it('Jekyll: a highlight block is code in its language; include and raw tags leave', async () => {
    const doc = await importDocument(
      md(
        '# Depths\n\n{% highlight ruby linenos %}\ndef depth = 4\n{% endhighlight %}\n\n{% include footer.html %}\n\n{% raw %}\nKept text.\n{% endraw %}\n',
      ),
      'depths.md',
    )
    expect(rows(doc)).toEqual([
      ['heading', 'Depths'],
      ['code', 'def depth = 4'],
      ['paragraph', 'Kept text.'],
    ])
  })
})
