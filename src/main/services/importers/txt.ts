import { assembleDocument } from '../../../shared/assemble-document'
import type { BlockDraft, ParsedDocument } from '../../../shared/document-model'
import { splitLines, stripControlCharacters } from '../text-structure/split-lines'
import { decodeText } from './decode-text'
import { UnsupportedFormatError } from './import-errors'

export const txtExtensions = ['txt', 'text', 'log']

/** Plain text, unless the bytes look binary (a NUL in the first few KB of a non-UTF-16 file). */
export function sniffTxt(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  return utf16 || !head.includes(0)
}

const CHAPTER_HEADING =
  /^(第[0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+[章回节卷部集篇]|chapter\s+[0-9ivxlc]+\b)/i

function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}

export function parseTxt(bytes: Uint8Array, fileName: string): ParsedDocument {
  if (!sniffTxt(bytes)) {
    throw new UnsupportedFormatError(fileName, 'this looks like a binary file, not text.')
  }
  const decoded = decodeText(bytes, fileName)
  const drafts: BlockDraft[] = []
  for (const raw of splitLines(stripControlCharacters(decoded.text))) {
    // Indents (full-width spaces included) are presentation: the reader adds its own.
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    if (line === '') continue
    const isHeading = line.length <= 40 && CHAPTER_HEADING.test(line)
    drafts.push(isHeading ? { type: 'heading', level: 1, text: line } : { type: 'paragraph', text: line })
  }
  return assembleDocument({
    format: 'txt',
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    title: titleFromFileName(fileName),
    drafts,
  })
}
