import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  canWriteVertically,
  fontStack,
  readSettings,
  resolveTheme,
  settingsStyle,
} from '../../../../src/renderer/src/settings/reader-settings'

describe('reader-settings', () => {
  it('reads stored values back, replacing anything odd with the default', () => {
    const settings = readSettings({
      fontSize: 22,
      theme: 'sepia',
      lineHeight: 'tall',
      textWidth: 999,
      justify: 'yes',
      script: 'klingon',
    })
    expect(settings.fontSize).toBe(22)
    expect(settings.theme).toBe('sepia')
    expect(settings.lineHeight).toBe(DEFAULT_SETTINGS.lineHeight)
    expect(settings.textWidth).toBe(70)
    expect(settings.justify).toBe(DEFAULT_SETTINGS.justify)
    expect(settings.script).toBe('original')
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS)
  })

  it('gives CJK serif and sans stacks that name fonts of Windows, macOS and Linux', () => {
    const serif = fontStack({ font: 'serif', customFont: '' })
    expect(serif).toMatch(/SimSun/)
    expect(serif).toMatch(/Songti SC/)
    expect(serif).toMatch(/Noto Serif CJK SC/)
    const sans = fontStack({ font: 'sans', customFont: '' })
    expect(sans).toMatch(/Microsoft YaHei/)
    expect(sans).toMatch(/PingFang SC/)
    expect(sans).toMatch(/Noto Sans CJK SC/)
    expect(fontStack({ font: 'noto-serif-sc', customFont: '' })).toMatch(/'Noto Serif SC'/)
  })

  it('sets Chinese in CJK faces first and English in Latin faces first, bundled fonts in both', () => {
    const chinese = fontStack({ font: 'serif', customFont: '' }, true).split(', ')
    const english = fontStack({ font: 'serif', customFont: '' }, false).split(', ')
    const firstCjk = (stack: string[]) => stack.findIndex((f) => /SC|Song|SimSun/.test(f))
    const firstLatin = (stack: string[]) => stack.findIndex((f) => /Source Serif 4|Georgia/.test(f))
    expect(firstCjk(chinese)).toBeLessThan(firstLatin(chinese))
    expect(firstLatin(english)).toBeLessThan(firstCjk(english))
    expect(english[0]).toBe("'Source Serif 4'")
    expect(chinese.indexOf("'Noto Serif SC'")).toBeLessThan(chinese.indexOf('SimSun'))
  })

  it('puts an installed font first, stripped of anything that could break out of CSS', () => {
    const stack = fontStack({ font: 'custom', customFont: 'LXGW WenKai"; color: red' })
    expect(stack.startsWith('"LXGW WenKai color: red"')).toBe(true)
    expect(fontStack({ font: 'custom', customFont: '   ' })).toBe(
      fontStack({ font: 'serif', customFont: '' }),
    )
  })

  it('indents Chinese paragraphs by two characters unless told otherwise', () => {
    expect(settingsStyle(DEFAULT_SETTINGS, { cjk: true })['--reader-indent']).toBe('2em')
    expect(settingsStyle(DEFAULT_SETTINGS, { cjk: false })['--reader-indent']).toBe('0')
    expect(
      settingsStyle({ ...DEFAULT_SETTINGS, indent: 'none' }, { cjk: true })['--reader-indent'],
    ).toBe('0')
    expect(
      settingsStyle({ ...DEFAULT_SETTINGS, indent: 'two-chars' }, { cjk: false })[
        '--reader-indent'
      ],
    ).toBe('2em')
  })

  it('indents Japanese paragraphs by one character, as Japanese books do', () => {
    const japanese = { cjk: true, language: 'ja' }
    expect(settingsStyle(DEFAULT_SETTINGS, japanese)['--reader-indent']).toBe('1em')
    expect(
      settingsStyle(DEFAULT_SETTINGS, { cjk: true, language: 'zh-Hant' })['--reader-indent'],
    ).toBe('2em')
    expect(
      settingsStyle({ ...DEFAULT_SETTINGS, indent: 'two-chars' }, japanese)['--reader-indent'],
    ).toBe('2em')
    expect(
      settingsStyle({ ...DEFAULT_SETTINGS, indent: 'none' }, japanese)['--reader-indent'],
    ).toBe('0')
  })

  it('turns sizes, spacing, width and justification into CSS variables', () => {
    const style = settingsStyle(
      {
        ...DEFAULT_SETTINGS,
        fontSize: 24,
        lineHeight: 2,
        paragraphSpacing: 1,
        textWidth: 30,
        justify: false,
      },
      { cjk: true },
    )
    expect(style).toMatchObject({
      '--reader-font-size': '24px',
      '--reader-line-height': '2',
      '--reader-paragraph-spacing': '1em',
      '--reader-measure': '30em',
      '--reader-align': 'start',
    })
  })

  it('follows the system theme only when asked to', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('sepia', true)).toBe('sepia')
  })

  it('offers vertical writing for Chinese and Japanese only', () => {
    expect(canWriteVertically(null, true)).toBe(true)
    expect(canWriteVertically('ja', false)).toBe(true)
    expect(canWriteVertically('en', false)).toBe(false)
  })
})
