import type { z } from 'zod'

/** One channel of the contract: the schema of its arguments and (as a type only) its result. */
export interface ChannelSpec<A extends z.ZodType, R> {
  args: A
  /** Phantom: carries the result type, never read at run time. */
  result?: R
}

export const channel =
  <R>() =>
  <A extends z.ZodType>(args: A): ChannelSpec<A, R> => ({ args })
