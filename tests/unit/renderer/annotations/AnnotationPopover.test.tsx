import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationRecord } from '../../../../src/renderer/src/db/schema'

/** Each note write waits until the test commits it, as a slow disk would make it wait. */
const pendingWrites: { note: string; commit: () => void; fail: (error: Error) => void }[] = []
vi.mock('../../../../src/renderer/src/annotations/annotation-store', () => ({
  updateAnnotation: (_db: unknown, _id: string, changes: { note?: string }) =>
    new Promise<void>((commit, fail) =>
      pendingWrites.push({ note: changes.note ?? '', commit, fail }),
    ),
}))
const { AnnotationPopover, NOTE_AUTOSAVE_MS } =
  await import('../../../../src/renderer/src/annotations/AnnotationPopover')

const record = (note: string): AnnotationRecord => ({
  id: 'a1',
  documentId: 'd'.repeat(64),
  blockId: 'b1',
  selectors: [],
  color: 'yellow',
  style: 'highlight',
  note,
  tags: [],
  createdAt: 1,
  updatedAt: 1,
})

afterEach(() => {
  cleanup()
  pendingWrites.length = 0
})

const popover = (note: string) => (
  <AnnotationPopover
    record={record(note)}
    at={{ x: 100, y: 100 }}
    startEditing
    onDelete={() => {}}
    onCopy={() => {}}
    onClose={() => {}}
  />
)

describe('AnnotationPopover', () => {
  it('shows a note as saved only once its write has committed, even when the record already shows it', async () => {
    const view = render(popover(''))
    const input = screen.getByLabelText('Note (Markdown)')
    fireEvent.change(input, { target: { value: 'a thought' } })
    // Clicking Save blurs the note first, which starts the write...
    fireEvent.blur(input)
    await act(async () => {})
    expect(pendingWrites.map((w) => w.note)).toEqual(['a thought'])
    // ...and the live query hands back the new text before that write has committed.
    view.rerender(popover('a thought'))
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }))
    await act(async () => {})
    expect(screen.queryByRole('button', { name: 'Edit note' })).toBeNull()
    expect(screen.getByLabelText('Note (Markdown)')).toBeTruthy()

    await act(async () => pendingWrites[0]!.commit())
    expect(screen.getByRole('button', { name: 'Edit note' })).toBeTruthy()
    expect(screen.getByText('a thought')).toBeTruthy()
    // One write of the note, not one for the blur and another for the click.
    expect(pendingWrites).toHaveLength(1)
  })

  it('saves a note after a pause in typing, before Save is pressed', async () => {
    render(popover(''))
    const input = screen.getByLabelText('Note (Markdown)')
    fireEvent.change(input, { target: { value: 'first thou' } })
    fireEvent.change(input, { target: { value: 'first thoughts' } })
    await act(() => new Promise((done) => setTimeout(done, NOTE_AUTOSAVE_MS + 200)))
    // One write, of what was there when typing paused; still editing.
    expect(pendingWrites.map((w) => w.note)).toEqual(['first thoughts'])
    expect(screen.getByLabelText('Note (Markdown)')).toBeTruthy()
  })

  it('says so and keeps the draft in the box when the write fails', async () => {
    render(popover('old'))
    const input = screen.getByLabelText('Note (Markdown)')
    fireEvent.change(input, { target: { value: 'new words' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }))
    await act(async () => {})
    expect(pendingWrites.map((w) => w.note)).toEqual(['new words'])
    await act(async () => pendingWrites[0]!.fail(new Error('the disk is full')))
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved: the disk is full/)
    expect(screen.queryByRole('button', { name: 'Edit note' })).toBeNull()
    expect((screen.getByLabelText('Note (Markdown)') as HTMLTextAreaElement).value).toBe(
      'new words',
    )
  })
})
