import { describe, expect, it } from 'vitest'
import { inlineText, type InlineNode } from '../../../../src/renderer/src/reader/inline-markup'
import { uprightDigits } from '../../../../src/renderer/src/reader/upright-digits'

describe('digits in vertical writing', () => {
  it('sets one or two digits across the column and a year upright, spelling the same text', () => {
    const text = '据新华社北京6月23日电 2022年，增长7.5%，A02版，COVID-19，编号123456。'
    const nodes = uprightDigits([text])!
    expect(inlineText(nodes)).toBe(text)
    const wrapped = nodes.filter((n): n is Exclude<InlineNode, string> => typeof n !== 'string')
    expect(wrapped.map((n) => [n.tag, inlineText(n.children)])).toEqual([
      ['tcy', '6'],
      ['tcy', '23'],
      ['upright', '2022'],
    ])
  })

  it('leaves code and links as Latin text, wraps inside emphasis, and hands back null when there is nothing to wrap', () => {
    const nodes: InlineNode[] = [
      '第',
      { tag: 'em', children: ['12'] },
      '回 ',
      { tag: 'code', children: ['ls 12'] },
      { tag: 'a', href: 'https://example.com/', children: ['第3页'] },
    ]
    const result = uprightDigits(nodes)!
    expect(result[1]).toEqual({ tag: 'em', children: [{ tag: 'tcy', children: ['12'] }] })
    expect(result.slice(3)).toEqual(nodes.slice(3))
    expect(uprightDigits(['第十四次会晤'])).toBeNull()
  })
})
