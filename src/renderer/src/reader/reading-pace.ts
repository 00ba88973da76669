/**
 * The reader's pace, measured over this session: characters per minute, counting only forward
 * movement that looks like reading (no jumps, no long pauses).
 */
export interface PaceSample {
  /** ms */
  at: number
  offset: number
}

export interface Pace {
  last: PaceSample | null
  /** Characters read and minutes spent reading them. */
  chars: number
  minutes: number
}

/** A move longer than this in one step is a jump (outline, go-to, search), not reading. */
const MAX_STEP_CHARS = 6000
/** A pause longer than this is time away from the page. */
const MAX_STEP_MS = 3 * 60_000
/** Typical speeds until there is enough of the reader's own. */
const DEFAULT_CPM = { cjk: 400, other: 1100 }
const ENOUGH_MINUTES = 1

export const startPace = (): Pace => ({ last: null, chars: 0, minutes: 0 })

export function recordPosition(pace: Pace, sample: PaceSample): Pace {
  const last = pace.last
  if (!last) return { ...pace, last: sample }
  const chars = sample.offset - last.offset
  const ms = sample.at - last.at
  const reading = chars > 0 && chars <= MAX_STEP_CHARS && ms > 0 && ms <= MAX_STEP_MS
  return reading
    ? { last: sample, chars: pace.chars + chars, minutes: pace.minutes + ms / 60_000 }
    : { ...pace, last: sample }
}

/** Characters a minute: the reader's own once measured over a minute, else a typical speed. */
export function charsPerMinute(pace: Pace, cjk: boolean): { cpm: number; measured: boolean } {
  if (pace.minutes >= ENOUGH_MINUTES && pace.chars > 0)
    return { cpm: pace.chars / pace.minutes, measured: true }
  return { cpm: cjk ? DEFAULT_CPM.cjk : DEFAULT_CPM.other, measured: false }
}

/** "3 h 20 min", "12 min", "under a minute". */
export function formatTimeLeft(minutes: number): string {
  if (minutes < 1) return 'under a minute'
  const rounded = Math.round(minutes)
  if (rounded < 60) return `${rounded} min`
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
