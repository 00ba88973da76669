import { describe, expect, it } from 'vitest'
import {
  lengthKeeping,
  loadScriptConverter,
} from '../../../../src/renderer/src/reader/display-script'

describe('display-script', () => {
  it('shows simplified text in traditional characters and back', async () => {
    const traditional = await loadScriptConverter('traditional')
    const simplified = await loadScriptConverter('simplified')
    expect(traditional('汉语头发后来')).toBe('漢語頭髮後來')
    expect(simplified('漢語頭髮後來，裡面')).toBe('汉语头发后来，里面')
  })

  it('keeps every offset: the converted text has the same length, character for character', async () => {
    const traditional = await loadScriptConverter('traditional')
    const text = '贾宝玉初试云雨情，刘姥姥一进荣国府。鼠标软件信息𠀀'
    const shown = traditional(text)
    expect(shown).toHaveLength(text.length)
    // The text after any offset converts to the tail of the converted whole.
    expect(shown.slice(9)).toBe(traditional(text.slice(9)))
  })

  it('falls back to characters when a phrase conversion would change the length', () => {
    const phrases = (text: string) => text.replace('AB', 'XYZ').replace(/a/g, 'b')
    const convert = lengthKeeping(phrases)
    expect(convert('aABa')).toBe('bABb')
    expect(convert('aaa')).toBe('bbb')
  })

  it('leaves the original alone', async () => {
    const original = await loadScriptConverter('original')
    expect(original('漢語 and 汉语')).toBe('漢語 and 汉语')
  })
})
