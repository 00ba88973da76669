/**
 * Puts a document's annotations and bookmarks in reading order, each under the chapter or
 * article it falls in (from the document's outline, or its headings when it has none).
 * Every export format is written from what this returns.
 */
import type { Block, DocumentMeta, OutlineEntry } from '../../../shared/document-model'
import { anchor } from '../anchoring/anchor'
import { positionSelector, quoteSelector } from '../anchoring/describe'
import type { AnnotationRecord, BookmarkRecord } from '../db/schema'
import { passageLink } from './passage-link'

export interface ExportableDocument {
  meta: Pick<DocumentMeta, 'id' | 'title' | 'author' | 'sourceName' | 'language'>
  blocks: readonly Block[]
  outline: readonly OutlineEntry[]
  annotations: readonly AnnotationRecord[]
  bookmarks: readonly BookmarkRecord[]
}

export interface ExportedNote {
  annotation: AnnotationRecord
  /** The highlighted text. */
  quote: string
  /** Where it is now in the normalized text (null when it no longer anchors). */
  start: number | null
  end: number | null
  /** 0..100 of the document, for people. */
  percent: number | null
  link: string
}

export interface ExportedBookmark {
  bookmark: BookmarkRecord
  /** The bookmark's label, or the start of the text at it when unnamed. */
  title: string
  percent: number
  section: string | null
  link: string
}

export interface ExportedSection {
  /** Null for notes before the first heading. */
  title: string | null
  level: number
  notes: ExportedNote[]
}

export interface ExportedDocument {
  id: string
  title: string
  author: string | null
  sourceName: string
  language: string | null
  link: string
  sections: ExportedSection[]
  /** Notes that no longer anchor (the text changed), after the rest. */
  orphans: ExportedNote[]
  bookmarks: ExportedBookmark[]
  noteCount: number
}

export interface NotesExport {
  documents: ExportedDocument[]
  exportedAt: Date
  /** True when the whole library was asked for. */
  wholeLibrary: boolean
}

interface SectionStart {
  title: string
  level: number
  offset: number
}

function sectionStarts(blocks: readonly Block[], outline: readonly OutlineEntry[]): SectionStart[] {
  const startById = new Map(blocks.map((b) => [b.id, b.start]))
  const fromOutline = outline.flatMap((entry) => {
    const offset = startById.get(entry.blockId)
    return offset === undefined ? [] : [{ title: entry.title, level: entry.level, offset }]
  })
  const starts =
    fromOutline.length > 0
      ? fromOutline
      : blocks
          .filter((b) => b.type === 'heading')
          .map((b) => ({ title: b.text, level: b.level ?? 1, offset: b.start }))
  return starts.sort((a, b) => a.offset - b.offset)
}

/** The last section starting at or before `offset`. */
function sectionAt(starts: readonly SectionStart[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle]!.offset <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

const percentOf = (offset: number, chars: number) =>
  chars === 0 ? 0 : Math.min(100, (offset / chars) * 100)

export function collectDocumentNotes(doc: ExportableDocument, linkBase: string): ExportedDocument {
  const text = doc.blocks.map((b) => b.text).join('\n')
  const starts = sectionStarts(doc.blocks, doc.outline)
  const sections: ExportedSection[] = starts.map((s) => ({
    title: s.title,
    level: s.level,
    notes: [],
  }))
  const beforeFirst: ExportedSection = { title: null, level: 1, notes: [] }
  const orphans: ExportedNote[] = []

  const placed = doc.annotations.map((annotation) => {
    const where = anchor(text, annotation.selectors)
    const quote =
      quoteSelector(annotation.selectors)?.exact ??
      (where ? text.slice(where.start, where.end) : '')
    const at = where?.start ?? positionSelector(annotation.selectors)?.start ?? 0
    const note: ExportedNote = {
      annotation,
      quote,
      start: where?.start ?? null,
      end: where?.end ?? null,
      percent: where ? percentOf(where.start, text.length) : null,
      link: passageLink(linkBase, doc.meta.id, at),
    }
    return note
  })
  placed.sort(
    (a, b) => (a.start ?? 0) - (b.start ?? 0) || a.annotation.createdAt - b.annotation.createdAt,
  )
  for (const note of placed) {
    if (note.start === null) orphans.push(note)
    else (sections[sectionAt(starts, note.start)] ?? beforeFirst).notes.push(note)
  }

  const bookmarks = [...doc.bookmarks]
    .map((bookmark) => {
      const offset = anchor(text, bookmark.selectors ?? [])?.start ?? bookmark.textOffset
      const section = starts[sectionAt(starts, offset)]?.title ?? null
      const fallback = text
        .slice(offset, offset + 40)
        .split('\n')[0]!
        .trim()
      return {
        bookmark,
        title: bookmark.label || fallback || 'Bookmark',
        percent: percentOf(offset, text.length),
        section,
        link: passageLink(linkBase, doc.meta.id, offset),
        offset,
      }
    })
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...rest }) => rest)

  return {
    id: doc.meta.id,
    title: doc.meta.title,
    author: doc.meta.author,
    sourceName: doc.meta.sourceName,
    language: doc.meta.language,
    link: passageLink(linkBase, doc.meta.id),
    sections: [beforeFirst, ...sections].filter((s) => s.notes.length > 0),
    orphans,
    bookmarks,
    noteCount: placed.length,
  }
}
