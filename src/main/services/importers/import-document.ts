import type { ParsedDocument } from '../../../shared/document-model'
import { createSiblingReader } from '../sibling-files'
import { epubExtensions, parseEpub } from './epub'
import { htmlExtensions, parseHtmlDocument } from './html'
import { EmptyFileError, FileTooLargeError, UnsupportedFormatError } from './import-errors'
import type { ImportOptions } from './import-options'
import { markdownExtensions, parseMarkdown } from './markdown'
import { mhtmlExtensions, parseMhtml } from './mhtml'
import { parseTxt, txtExtensions } from './txt'

/** Larger files are refused with a message rather than risking the app's memory. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024

interface FormatModule {
  extensions: string[]
  parse: (bytes: Uint8Array, fileName: string, options: ImportOptions) => ParsedDocument | Promise<ParsedDocument>
}

const formats: FormatModule[] = [
  { extensions: txtExtensions, parse: parseTxt },
  { extensions: markdownExtensions, parse: parseMarkdown },
  { extensions: htmlExtensions, parse: parseHtmlDocument },
  { extensions: epubExtensions, parse: parseEpub },
  { extensions: mhtmlExtensions, parse: parseMhtml },
]

function extensionOf(fileName: string): string {
  const match = /\.([^.\\/]+)$/.exec(fileName)
  return match ? match[1]!.toLowerCase() : ''
}

/** Picks the importer for a file and parses it; throws a MarginError a person can read. */
export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedDocument> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  if (bytes.length === 0) throw new EmptyFileError(fileName)
  if (bytes.length > maxBytes) throw new FileTooLargeError(fileName, bytes.length, maxBytes)
  const extension = extensionOf(fileName)
  const format = formats.find((f) => f.extensions.includes(extension))
  if (!format) {
    throw new UnsupportedFormatError(
      fileName,
      `Margin does not open .${extension || '(no extension)'} files. It reads TXT, Markdown, HTML, EPUB and saved web archives (MHTML).`,
    )
  }
  const readSibling = options.readSibling ?? (options.sourcePath ? createSiblingReader(options.sourcePath) : undefined)
  return format.parse(bytes, fileName, { ...options, readSibling })
}
