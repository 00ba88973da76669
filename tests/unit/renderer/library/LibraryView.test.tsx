import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DocumentMeta } from '../../../../src/shared/document-model'
import { createMarginApi } from '../../../../src/shared/ipc/margin-api'
import { LibraryView } from '../../../../src/renderer/src/library/LibraryView'

function meta(title: string, extra: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: Array.from(title, (c) => c.charCodeAt(0).toString(16)).join('').padEnd(64, 'a').slice(0, 64),
    title,
    author: null,
    language: 'zh',
    format: 'txt',
    encoding: 'gbk',
    encodingConfidence: 0.87,
    size: 11815,
    chars: 4030,
    blocks: 45,
    importedAt: '2026-11-24T08:00:00.000Z',
    sourceName: `${title}.txt`,
    cover: null,
    ...extra,
  }
}

const news = meta('齐鲁晚报 2022-06-24')
const sanguo = meta('三国演义', { author: '罗贯中', importedAt: '2026-11-25T08:00:00.000Z' })
const alice = meta('Alice in Wonderland', { format: 'epub', encoding: null, encodingConfidence: null, importedAt: '2026-11-23T08:00:00.000Z' })

function installMargin(documents: DocumentMeta[], answers: Record<string, (args: any) => unknown> = {}) {
  const invoke = vi.fn(async (channel: string, args: any) => {
    if (channel === 'margin:library.list') return { ok: true, value: documents }
    const answer = answers[channel]
    if (answer) return { ok: true, value: answer(args) }
    return { ok: false, error: { code: 'unsupported', message: 'no' } }
  })
  window.margin = createMarginApi(invoke as never, () => () => {}, 'web')
  return invoke
}

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Documents' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.tile__title')?.textContent)

beforeEach(() => localStorage.clear())
afterEach(cleanup)

describe('LibraryView', () => {
  it('lists documents with title, format, size and progress, and opens one on click', async () => {
    installMargin([news])
    const onOpen = vi.fn()
    render(<LibraryView onOpen={onOpen} />)
    const card = await screen.findByRole('button', { name: /齐鲁晚报 2022-06-24/ })
    expect(card.textContent).toContain('TXT · 12 KB')
    expect(card.textContent).toContain('New')
    fireEvent.click(card)
    expect(onOpen).toHaveBeenCalledWith(news.id)
  })

  it('invites an import when the library is empty', async () => {
    installMargin([])
    render(<LibraryView onOpen={() => {}} />)
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Import files' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Import folder' })).toBeTruthy()
  })

  it('sorts, filters and switches between grid and list, remembering the choice', async () => {
    installMargin([news, sanguo, alice])
    const { unmount } = render(<LibraryView onOpen={() => {}} />)
    await screen.findByRole('button', { name: /三国演义/ })
    // Nothing read yet: recently read falls back to the newest import first.
    expect(shownTitles()).toEqual(['三国演义', '齐鲁晚报 2022-06-24', 'Alice in Wonderland'])

    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'author' } })
    expect(shownTitles()[0]).toBe('三国演义')

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter documents' }), { target: { value: 'epub' } })
    expect(shownTitles()).toEqual(['Alice in Wonderland'])
    expect(screen.getByText('1 of 3 documents match')).toBeTruthy()

    const list = screen.getByRole('button', { name: 'List' })
    fireEvent.click(list)
    expect(list.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('list', { name: 'Documents' }).className).toContain('tiles--list')
    unmount()

    render(<LibraryView onOpen={() => {}} />)
    await screen.findByRole('button', { name: /三国演义/ })
    expect(screen.getByRole('list', { name: 'Documents' }).className).toContain('tiles--list')
    expect((screen.getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement).value).toBe('author')
  })

  it('shows a document’s details, renames it, previews another encoding and moves it to the trash', async () => {
    const invoke = installMargin([news], {
      'margin:documents.editDetails': (args) => ({ ...news, title: args.title, author: args.author || null }),
      'margin:documents.previewEncoding': (args) => ({ encoding: args.encoding, text: `decoded as ${args.encoding}`, replacements: 3 }),
      'margin:library.remove': () => undefined,
    })
    render(<LibraryView onOpen={() => {}} />)
    await screen.findByRole('button', { name: /齐鲁晚报 2022-06-24/ })
    fireEvent.click(screen.getByRole('button', { name: 'Details', description: '齐鲁晚报 2022-06-24' }))
    const dialog = screen.getByRole('dialog', { name: 'Document details' })
    expect(dialog.textContent).toContain('Chinese, Simplified (GBK) (detected, 87% sure)')
    expect(await within(dialog).findByText('decoded as gbk')).toBeTruthy()

    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Read the file as' }), { target: { value: 'big5' } })
    expect(await within(dialog).findByText('decoded as big5')).toBeTruthy()
    expect(within(dialog).getByText(/3 characters do not decode/)).toBeTruthy()

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Title' }), { target: { value: '齐鲁晚报 A版' } })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Author' }), { target: { value: '编辑部' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save title and author' }))
    await within(dialog).findByText('Saved.')
    expect(invoke).toHaveBeenCalledWith('margin:documents.editDetails', { id: news.id, title: '齐鲁晚报 A版', author: '编辑部' })

    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to trash' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(invoke).toHaveBeenCalledWith('margin:library.remove', { id: news.id })
    expect(screen.getByRole('status').textContent).toContain('Moved “齐鲁晚报 2022-06-24” to the trash.')
  })

  it('closes the details with Escape and gives focus back', async () => {
    installMargin([alice], { 'margin:documents.previewEncoding': () => ({ encoding: 'utf-8', text: '', replacements: 0 }) })
    render(<LibraryView onOpen={() => {}} />)
    await screen.findByRole('button', { name: /Alice in Wonderland/ })
    const more = screen.getByRole('button', { name: 'Details', description: 'Alice in Wonderland' })
    more.focus()
    fireEvent.click(more)
    const dialog = screen.getByRole('dialog', { name: 'Document details' })
    // An EPUB declares its own encoding: nothing to choose.
    expect(within(dialog).queryByRole('combobox', { name: 'Read the file as' })).toBeNull()
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Title' }))
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(more)
  })
})
