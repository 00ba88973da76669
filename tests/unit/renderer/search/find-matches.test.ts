import { describe, expect, it } from 'vitest'
import { findMatches, firstMatchFrom } from '../../../../src/renderer/src/search/find-matches'

describe('findMatches', () => {
  it('finds every non-overlapping occurrence in reading order', () => {
    const result = findMatches('甲乙甲乙甲 aaaa', '甲乙', 100)
    expect([...result.starts]).toEqual([0, 2])
    expect(result.total).toBe(2)
    expect(result.length).toBe(2)
    expect([...findMatches('aaaa', 'aa', 100).starts]).toEqual([0, 2])
  })

  it('keeps at most `limit` offsets but counts them all', () => {
    const text = '的'.repeat(5000)
    const result = findMatches(text, '的', 3000)
    expect(result.starts).toHaveLength(3000)
    expect(result.total).toBe(5000)
    expect(result.starts[2999]).toBe(2999)
  })

  it('finds nothing for an empty query or a missing term', () => {
    expect(findMatches('abc', '', 10).total).toBe(0)
    expect(findMatches('abc', 'd', 10).starts).toHaveLength(0)
  })

  it('finds the first match at or after an offset', () => {
    const starts = Int32Array.from([3, 10, 20])
    expect(firstMatchFrom(starts, 0)).toBe(0)
    expect(firstMatchFrom(starts, 10)).toBe(1)
    expect(firstMatchFrom(starts, 11)).toBe(2)
    expect(firstMatchFrom(starts, 21)).toBe(3)
  })
})
