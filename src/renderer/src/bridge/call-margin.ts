import type { IpcResult } from '../../../shared/ipc/result'

/** A failed call from the main side, carrying the message to show the user. */
export class MarginCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'MarginCallError'
  }
}

export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (result.ok) return result.value
  throw new MarginCallError(result.error.code, result.error.message)
}
