import { describe, expect, it } from 'vitest'
import {
  charsPerMinute,
  formatTimeLeft,
  recordPosition,
  startPace,
} from '../../../../src/renderer/src/reader/reading-pace'

describe('reading-pace', () => {
  it('measures characters a minute from steady reading', () => {
    let pace = startPace()
    for (let minute = 0; minute <= 4; minute++)
      pace = recordPosition(pace, { at: minute * 60_000, offset: minute * 500 })
    expect(charsPerMinute(pace, true)).toEqual({ cpm: 500, measured: true })
  })

  it('leaves out jumps, going back and long pauses', () => {
    let pace = startPace()
    pace = recordPosition(pace, { at: 0, offset: 0 })
    pace = recordPosition(pace, { at: 60_000, offset: 300 })
    pace = recordPosition(pace, { at: 61_000, offset: 500_000 }) // a jump
    pace = recordPosition(pace, { at: 62_000, offset: 400_000 }) // back
    pace = recordPosition(pace, { at: 3_600_000, offset: 400_100 }) // an hour away
    pace = recordPosition(pace, { at: 3_660_000, offset: 400_400 })
    expect(pace.chars).toBe(600)
    expect(pace.minutes).toBeCloseTo(2, 5)
  })

  it('uses a typical speed until a minute of reading is measured', () => {
    expect(charsPerMinute(startPace(), true)).toEqual({ cpm: 400, measured: false })
    expect(charsPerMinute(startPace(), false).measured).toBe(false)
  })

  it('says how long is left in words', () => {
    expect(formatTimeLeft(0.3)).toBe('under a minute')
    expect(formatTimeLeft(12.4)).toBe('12 min')
    expect(formatTimeLeft(200)).toBe('3 h 20 min')
    expect(formatTimeLeft(120)).toBe('2 h')
  })
})
