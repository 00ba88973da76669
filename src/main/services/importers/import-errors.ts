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

export class EmptyFileError extends MarginError {
  constructor(fileName: string) {
    super('empty-file', `${fileName}: the file is empty.`)
    this.name = 'EmptyFileError'
  }
}

export class FileTooLargeError extends MarginError {
  constructor(fileName: string, size: number, limit: number) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
    super('too-large', `${fileName}: the file is ${mb(size)}, more than Margin opens (${mb(limit)}).`)
    this.name = 'FileTooLargeError'
  }
}
