import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TrashedDocument } from '../../../../src/shared/ipc/library'
import { createMarginApi } from '../../../../src/shared/ipc/margin-api'
import { marginDb } from '../../../../src/renderer/src/db/margin-db'
import { TrashView } from '../../../../src/renderer/src/library/TrashView'

const trashed = (title: string, id: string): TrashedDocument => ({
  id: id.repeat(64),
  title,
  author: null,
  language: 'zh',
  format: 'txt',
  encoding: 'utf-8',
  encodingConfidence: 1,
  size: 2048,
  chars: 1000,
  blocks: 10,
  importedAt: '2026-11-20T08:00:00.000Z',
  sourceName: `${title}.txt`,
  cover: null,
  trashedAt: '2026-11-24T08:00:00.000Z',
})

afterEach(cleanup)

describe('TrashView', () => {
  it('restores a document, and empties the trash only after asking, deleting the notes of what went', async () => {
    const a = trashed('红楼梦', 'a')
    const b = trashed('西游记', 'b')
    let inTrash = [a, b]
    const invoke = vi.fn(async (channel: string, args: any) => {
      if (channel === 'margin:library.listTrash') return { ok: true, value: inTrash }
      if (channel === 'margin:library.restore') {
        inTrash = inTrash.filter((d) => d.id !== args.id)
        return { ok: true, value: a }
      }
      if (channel === 'margin:library.emptyTrash') {
        const ids = inTrash.map((d) => d.id)
        inTrash = []
        return { ok: true, value: ids }
      }
      return { ok: false, error: { code: 'unsupported', message: 'no' } }
    })
    window.margin = createMarginApi(invoke as never, () => () => {}, 'web')
    const db = marginDb()
    const note = { documentId: b.id, blockId: 'x', selectors: [], color: 'yellow', style: 'highlight', note: '好', tags: [], createdAt: 1, updatedAt: 1 } as const
    await db.annotations.bulkPut([
      { ...note, id: 'kept' , documentId: a.id },
      { ...note, id: 'gone' },
    ] as never)

    render(<TrashView onBack={() => {}} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Restore 红楼梦' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Restore 红楼梦' })).toBeNull())
    expect(screen.getByRole('status').textContent).toBe('Restored “红楼梦”.')

    fireEvent.click(screen.getByRole('button', { name: 'Empty trash' }))
    expect(invoke).not.toHaveBeenCalledWith('margin:library.emptyTrash', {})
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }))
    await screen.findByRole('heading', { name: 'The trash is empty' })
    expect(screen.getByRole('status').textContent).toBe('Deleted 1 document for good.')
    expect((await db.annotations.toArray()).map((n) => n.id)).toEqual(['kept'])
  })
})
