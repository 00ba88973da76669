/** Errors cross the process boundary as data with a message for people, never as stack traces. */
export const ERROR_CODES = [
  'invalid-arguments',
  'not-found',
  'unsupported-format',
  'decode-failed',
  'corrupt-file',
  'too-large',
  'empty-file',
  'unsupported',
  'cancelled',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface IpcError {
  code: ErrorCode
  message: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** An error a service throws on purpose: its message is shown to the user as it is. */
export class MarginError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'MarginError'
  }
}

export function toIpcError(error: unknown): IpcError {
  if (error instanceof MarginError) return { code: error.code, message: error.message }
  return { code: 'internal', message: 'Something went wrong inside Margin. Please try again.' }
}
