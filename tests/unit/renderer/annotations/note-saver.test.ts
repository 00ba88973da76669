import { describe, expect, it } from 'vitest'
import { createNoteSaver } from '../../../../src/renderer/src/annotations/note-saver'

describe('createNoteSaver', () => {
  it('writes each new note once, in order, and resolves only after the last one asked for', async () => {
    const written: string[] = []
    let release!: () => void
    const slowFirst = new Promise<void>((done) => (release = done))
    const saver = createNoteSaver(async (note) => {
      if (note === 'a') await slowFirst
      written.push(note)
    }, '')
    const first = saver.save('a')
    const again = saver.save('a')
    const second = saver.save('b')
    let secondDone = false
    void second.then(() => (secondDone = true))
    await Promise.resolve()
    expect(secondDone).toBe(false)
    release()
    await Promise.all([first, again, second])
    expect(written).toEqual(['a', 'b'])
    expect(secondDone).toBe(true)
  })

  it('does not write a note equal to the stored one, and goes on after a failed write', async () => {
    const written: string[] = []
    const saver = createNoteSaver(async (note) => {
      if (note === 'bad') throw new Error('disk full')
      written.push(note)
    }, 'stored')
    await saver.save('stored')
    await expect(saver.save('bad')).rejects.toThrow('disk full')
    await saver.save('good')
    expect(written).toEqual(['good'])
  })
})
