import type { ParsedDocument } from '../../../shared/document-model'
import { EmptyFileError, FileTooLargeError, UnsupportedFormatError } from './import-errors'
import { parseTxt, txtExtensions } from './txt'

/** Larger files are refused with a message rather than risking the app's memory. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024

interface FormatModule {
  extensions: string[]
  parse: (bytes: Uint8Array, fileName: string) => ParsedDocument | Promise<ParsedDocument>
}

const formats: FormatModule[] = [{ extensions: txtExtensions, parse: parseTxt }]

function extensionOf(fileName: string): string {
  const match = /\.([^.\\/]+)$/.exec(fileName)
  return match ? match[1]!.toLowerCase() : ''
}

/** Picks the importer for a file and parses it; throws a MarginError a person can read. */
export async function importDocument(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  if (bytes.length === 0) throw new EmptyFileError(fileName)
  if (bytes.length > MAX_IMPORT_BYTES) throw new FileTooLargeError(fileName, bytes.length, MAX_IMPORT_BYTES)
  const extension = extensionOf(fileName)
  const format = formats.find((f) => f.extensions.includes(extension))
  if (!format) {
    throw new UnsupportedFormatError(
      fileName,
      `Margin does not open .${extension || '(no extension)'} files. It reads TXT, Markdown, HTML and EPUB.`,
    )
  }
  return format.parse(bytes, fileName)
}
