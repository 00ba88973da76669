import { describe, expect, it } from 'vitest'
import { withTraditional } from '../../../../../src/main/services/text-structure/newspaper-traditional'

describe('withTraditional', () => {
  it('widens role words to their traditional forms, inside and outside character classes', () => {
    const byline = withTraditional(/^本报记者[\s\u3000]+\p{Script=Han}{2,3}$/u)
    for (const line of ['本报记者 张三', '本報記者 張三', '本報记者\u3000李四'])
      expect(byline.test(line), line).toBe(true)
    expect(byline.test('本报编辑 张三')).toBe(false)
    const ending = withTraditional(/[摄发]$/u)
    expect(['记者 张三 摄', '記者 張三 攝', '新華社發'].map((l) => ending.test(l))).toEqual([
      true,
      true,
      true,
    ])
    expect(withTraditional(/电/gu).flags).toBe('gu')
  })
})
