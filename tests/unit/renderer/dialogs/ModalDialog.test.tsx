import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ModalDialog } from '../../../../src/renderer/src/dialogs/ModalDialog'

function Opener() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open settings
      </button>
      {open && (
        <ModalDialog title="Reading settings" onClose={() => setOpen(false)}>
          <label>
            Size <input type="number" />
          </label>
          <button type="button">Apply</button>
        </ModalDialog>
      )}
    </>
  )
}

describe('ModalDialog', () => {
  it('is named by its title, takes focus, keeps Tab inside, closes on Escape and gives focus back', () => {
    render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Open settings' })
    opener.focus()
    fireEvent.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Reading settings' })
    expect(dialog.contains(document.activeElement)).toBe(true)

    const apply = screen.getByRole('button', { name: 'Apply' })
    apply.focus()
    fireEvent.keyDown(apply, { key: 'Tab' })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }))
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(apply)

    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('can be named by a heading of its own content', () => {
    render(
      <ModalDialog labelledBy="details-title" onClose={() => {}}>
        <h2 id="details-title">Document details</h2>
        <button type="button">Save</button>
      </ModalDialog>,
    )
    expect(screen.getByRole('dialog', { name: 'Document details' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull()
  })
})
