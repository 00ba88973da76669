import { MarginError } from '../../../shared/ipc/result'

/** The file is not a kind Margin reads. */
export class UnsupportedFormatError extends MarginError {
  constructor(fileName: string, reason: string) {
    super('unsupported-format', `${fileName}: ${reason}`)
    this.name = 'UnsupportedFormatError'
  }
}

/** The bytes could not be turned into text. */
export class DecodeError extends MarginError {
  constructor(fileName: string, reason: string) {
    super('decode-failed', `${fileName}: ${reason}`)
    this.name = 'DecodeError'
  }
}

/** The file claims a format but its contents are damaged. */
export class CorruptFileError extends MarginError {
  constructor(fileName: string, reason: string) {
    super('corrupt-file', `${fileName}: ${reason}`)
    this.name = 'CorruptFileError'
  }
}

/** The book is locked by DRM: its text cannot be read without the seller's key. */
export class DrmProtectedError extends MarginError {
  constructor(fileName: string, scheme: string | null) {
    super(
      'unsupported',
      `${fileName}: this EPUB is protected by DRM${scheme ? ` (${scheme})` : ''}, so its text cannot be read. Open it in the app it was bought for, or import a DRM-free copy.`,
    )
    this.name = 'DrmProtectedError'
  }
}

/** What a page or note with markup but no words gets (only scripts, a frameset, only front matter). */
export const NO_TEXT = 'there is no text in it to read.'

export class EmptyFileError extends MarginError {
  constructor(fileName: string, reason = 'the file is empty.') {
    super('empty-file', `${fileName}: ${reason}`)
    this.name = 'EmptyFileError'
  }
}

export class FileTooLargeError extends MarginError {
  constructor(fileName: string, size: number, limit: number) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
    super(
      'too-large',
      `${fileName}: the file is ${mb(size)}, more than Margin opens (${mb(limit)}).`,
    )
    this.name = 'FileTooLargeError'
  }
}
