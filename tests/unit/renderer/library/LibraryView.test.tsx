import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentMeta } from '../../../../src/shared/document-model'
import { createMarginApi } from '../../../../src/shared/ipc/margin-api'
import { LibraryView } from '../../../../src/renderer/src/library/LibraryView'

const meta: DocumentMeta = {
  id: 'f'.repeat(64),
  title: '齐鲁晚报 2022-06-24',
  author: null,
  language: 'zh',
  format: 'txt',
  encoding: 'utf-8',
  encodingConfidence: 1,
  size: 11815,
  chars: 4030,
  blocks: 45,
  importedAt: '2026-11-24T08:00:00.000Z',
  sourceName: 'qilu.txt',
  cover: null,
}

function installMargin(documents: DocumentMeta[]) {
  const invoke = vi.fn(async (channel: string) => {
    if (channel === 'margin:library.list') return { ok: true, value: documents }
    return { ok: false, error: { code: 'unsupported', message: 'no' } }
  })
  window.margin = createMarginApi(invoke as never, () => () => {}, 'web')
  return invoke
}

afterEach(cleanup)

describe('LibraryView', () => {
  it('lists documents with title, format and size, and opens one on click', async () => {
    installMargin([meta])
    const onOpen = vi.fn()
    render(<LibraryView onOpen={onOpen} />)
    const card = await screen.findByRole('button', { name: /齐鲁晚报 2022-06-24/ })
    expect(card.textContent).toContain('TXT · 12 KB')
    fireEvent.click(card)
    expect(onOpen).toHaveBeenCalledWith(meta.id)
  })

  it('invites an import when the library is empty', async () => {
    installMargin([])
    render(<LibraryView onOpen={() => {}} />)
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Import files' })).toBeTruthy()
  })
})
