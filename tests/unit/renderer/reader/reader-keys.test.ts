import { describe, expect, it } from 'vitest'
import { isOwnedByTarget, readerAction } from '../../../../src/renderer/src/reader/reader-keys'

const press = (
  key: string,
  extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
})

describe('reader-keys', () => {
  it('pages with Page Up/Down and Space, Shift+Space going back', () => {
    expect(readerAction(press('PageDown'), false)).toEqual({ kind: 'page', direction: 1 })
    expect(readerAction(press(' '), false)).toEqual({ kind: 'page', direction: 1 })
    expect(readerAction(press(' ', { shiftKey: true }), false)).toEqual({
      kind: 'page',
      direction: -1,
    })
    expect(readerAction(press('PageUp'), false)).toEqual({ kind: 'page', direction: -1 })
  })

  it('moves by lines with arrows; left goes forward in vertical writing', () => {
    expect(readerAction(press('ArrowDown'), false)).toEqual({ kind: 'line', direction: 1 })
    expect(readerAction(press('ArrowLeft'), false)).toBeNull()
    expect(readerAction(press('ArrowLeft'), true)).toEqual({ kind: 'line', direction: 1 })
    expect(readerAction(press('ArrowRight'), true)).toEqual({ kind: 'line', direction: -1 })
  })

  it('has shortcuts for the outline, the settings, go-to and help, and leaves Ctrl+F to search', () => {
    expect(readerAction(press('Home'), false)).toEqual({ kind: 'edge', edge: 'start' })
    expect(readerAction(press('End'), false)).toEqual({ kind: 'edge', edge: 'end' })
    expect(readerAction(press('o'), false)).toEqual({ kind: 'toggle-outline' })
    expect(readerAction(press('s'), false)).toEqual({ kind: 'open-settings' })
    expect(readerAction(press('g', { ctrlKey: true }), false)).toEqual({ kind: 'open-go-to' })
    expect(readerAction(press('?'), false)).toEqual({ kind: 'open-help' })
    expect(readerAction(press('f', { ctrlKey: true }), false)).toBeNull()
    expect(readerAction(press('s', { altKey: true }), false)).toBeNull()
  })

  it('leaves keys typed into fields, and Space on buttons, to them', () => {
    document.body.innerHTML = '<input id="i"><button id="b">x</button><div id="d"></div>'
    const input = document.getElementById('i')
    const button = document.getElementById('b')
    expect(isOwnedByTarget(input, 'o')).toBe(true)
    expect(isOwnedByTarget(button, ' ')).toBe(true)
    expect(isOwnedByTarget(button, 'PageDown')).toBe(false)
    expect(isOwnedByTarget(document.getElementById('d'), ' ')).toBe(false)
  })
})
