import { assembleDocument } from '../../../shared/assemble-document'
import type { Block, OutlineEntry, ParsedDocument } from '../../../shared/document-model'
import { structureAozora } from '../text-structure/aozora-book'
import { structureBook, type DraftOutlineEntry } from '../text-structure/book-structure'
import { applyGutenbergEmphasis } from '../text-structure/gutenberg-emphasis'
import { applyTypedDashes } from '../text-structure/typed-dashes'
import { structureNewspaper } from '../text-structure/newspaper-layout'
import { capParagraphSize } from '../text-structure/paragraph-size'
import { splitLines, stripControlCharacters } from '../text-structure/split-lines'
import { guessLanguage } from '../text-structure/text-language'
import { structureSubtitles } from '../text-structure/subtitle-cues'
import { structureLyrics } from '../text-structure/timed-lyrics'
import { hasWebLeftovers, removeWebLeftovers } from '../text-structure/web-leftovers'
import { decodeText, type DecodeOptions } from './decode-text'
import { EmptyFileError } from './import-errors'

export const txtExtensions = ['txt', 'text', 'log']

export type TxtOptions = DecodeOptions

/** Plain text: detected encoding, then an Aozora Bunko book, lyrics, subtitles or a newspaper layout if the lines read as one, else a book. */
export function parseTxt(
  bytes: Uint8Array,
  fileName: string,
  options: TxtOptions = {},
): ParsedDocument {
  if (bytes.length === 0) throw new EmptyFileError(fileName)
  const decoded = decodeText(bytes, fileName, options)
  const text = decoded.controlFree ? decoded.text : stripControlCharacters(decoded.text)
  const lines = splitLines(hasWebLeftovers(text) ? removeWebLeftovers(text) : text)
  const common = {
    format: 'txt' as const,
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
  }

  const aozora = structureAozora(lines)
  if (aozora) {
    if (aozora.drafts.length === 0) throw new EmptyFileError(fileName)
    return assembleDocument({
      ...common,
      title: aozora.title ?? titleFromFileName(fileName),
      author: aozora.author,
      language: 'ja',
      drafts: aozora.drafts,
      outline: (blocks) => outlineOf(aozora.outline, blocks),
    })
  }

  const lyrics = structureLyrics(lines)
  if (lyrics) {
    if (lyrics.drafts.length === 0) throw new EmptyFileError(fileName)
    return assembleDocument({
      ...common,
      title: lyrics.title ?? titleFromFileName(fileName),
      author: lyrics.author,
      language: guessLanguage(leadingText(lyrics.drafts)),
      drafts: lyrics.drafts,
    })
  }

  const subtitles = structureSubtitles(lines)
  if (subtitles) {
    if (subtitles.length === 0) throw new EmptyFileError(fileName)
    return assembleDocument({
      ...common,
      title: titleFromFileName(fileName),
      language: guessLanguage(leadingText(subtitles)),
      drafts: capParagraphSize(subtitles),
    })
  }

  const newspaper = structureNewspaper(lines)
  if (newspaper) {
    if (newspaper.length === 0) throw new EmptyFileError(fileName)
    return assembleDocument({
      ...common,
      title: titleFromFileName(fileName),
      language: guessLanguage(leadingText(newspaper)),
      drafts: capParagraphSize(newspaper),
    })
  }

  const book = structureBook(lines)
  if (book.drafts.length === 0) throw new EmptyFileError(fileName)
  applyTypedDashes(book.drafts, book.language)
  applyGutenbergEmphasis(lines, book.drafts, book.language)
  return assembleDocument({
    ...common,
    title: book.title ?? titleFromFileName(fileName),
    author: book.author,
    language: book.language,
    drafts: book.drafts,
    outline: (blocks) => outlineOf(book.outline, blocks),
  })
}

function outlineOf(
  entries: readonly DraftOutlineEntry[],
  blocks: readonly Block[],
): OutlineEntry[] {
  return entries.map(({ draftIndex, title, level }) => ({
    title,
    level,
    blockId: blocks[draftIndex]!.id,
  }))
}

/** Enough of the text to tell its language: joining all of a 20 MB collection costs more than the guess. */
function leadingText(drafts: readonly { text: string }[], chars = 200_000): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; i < drafts.length && length < chars; i++) {
    parts.push(drafts[i]!.text)
    length += drafts[i]!.text.length + 1
  }
  return parts.join('\n')
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}
