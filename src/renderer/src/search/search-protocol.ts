/** Messages between the page and the search worker. */

export type SearchRequest =
  { type: 'index'; text: string } | { type: 'search'; id: number; query: string; limit: number }

export type SearchReply =
  | { type: 'indexed'; milliseconds: number }
  | {
      type: 'results'
      id: number
      starts: Int32Array
      total: number
      length: number
      milliseconds: number
    }
