/** Where a folded query occurs in a folded text: plain indexOf, the fastest substring search a JS engine has. */

export interface MatchList {
  /** Start offsets of the matches in reading order, at most `limit` of them. */
  starts: Int32Array
  /** How many matches there are in all (can exceed `starts.length`). */
  total: number
  /** Length of the query, which is the length of every match (folding keeps lengths). */
  length: number
}

export const NO_MATCHES: MatchList = { starts: new Int32Array(0), total: 0, length: 0 }

/** Non-overlapping matches of `query` in `text`, like a browser's find; both already folded. */
export function findMatches(text: string, query: string, limit: number): MatchList {
  if (query.length === 0) return NO_MATCHES
  let starts = new Int32Array(Math.min(limit, 1024))
  let kept = 0
  let total = 0
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
    total++
    if (kept >= limit) continue
    if (kept === starts.length) {
      const grown = new Int32Array(Math.min(limit, starts.length * 2))
      grown.set(starts)
      starts = grown
    }
    starts[kept++] = at
  }
  return { starts: starts.slice(0, kept), total, length: query.length }
}

/** Index of the first match at or after `offset` (starts.length when there is none). */
export function firstMatchFrom(starts: Int32Array, offset: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (starts[mid]! < offset) low = mid + 1
    else high = mid
  }
  return low
}
