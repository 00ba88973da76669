/** Annotations with real selectors over the shared newspaper sample, as the reader would make them. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ParsedDocument } from '../../../../src/shared/document-model'
import { assembleDocument } from '../../../../src/shared/assemble-document'
import { describe as describeSpan } from '../../../../src/renderer/src/anchoring/describe'
import type {
  AnnotationRecord,
  BookmarkRecord,
  HighlightColor,
} from '../../../../src/renderer/src/db/schema'
import type { ExportableDocument } from '../../../../src/renderer/src/export/collect-notes'

export const SAMPLE_PATH = resolve(
  import.meta.dirname,
  '../../../../../shared/samples/qilu-evening-news-2022-06-24.txt',
)
export const SAMPLE_ID = 'f'.repeat(64)

/** The sample as paragraphs (one block per non-blank line): the renderer's tests stay clear of the importers. */
export async function loadSample(): Promise<ParsedDocument> {
  const text = new TextDecoder().decode(await readFile(SAMPLE_PATH))
  const drafts = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph' as const, text: line }))
  return assembleDocument({
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    title: 'qilu-evening-news-2022-06-24',
    drafts,
  })
}

export const textOf = (doc: Pick<ParsedDocument, 'blocks'>) =>
  doc.blocks.map((b) => b.text).join('\n')

interface Seed {
  phrase: string
  /** Which occurrence, from 0. */
  nth?: number
  /** Extend the highlight this many characters past the phrase (into the next block, say). */
  extend?: number
  note?: string
  tags?: string[]
  color?: HighlightColor
}

export const SEEDS: Seed[] = [
  // Made out of reading order on purpose: exports must sort them.
  {
    phrase: '工业互联网连续五年写入政府工作报告',
    note: 'Five years running — "industrial internet", in the report.',
    tags: ['industry', 'policy notes'],
    color: 'green',
  },
  {
    phrase: '金砖国家领导人第十四次会晤',
    nth: 1,
    note: '第十四次会晤，北京，视频方式。\n要点：*开放包容*、[合作共赢]、#金砖',
    tags: ['外交'],
  },
  { phrase: '人民大会堂东大厅花团锦簇', extend: 30, color: 'blue' },
  { phrase: '1. Not a list, a=b, <b>not bold</b> & "quoted", comma', note: '' },
]

export function seedAnnotations(
  doc: ParsedDocument,
  documentId = SAMPLE_ID,
  seeds = SEEDS,
): AnnotationRecord[] {
  const text = textOf(doc)
  return seeds.flatMap((seed, index) => {
    let at = -1
    for (let n = 0; n <= (seed.nth ?? 0); n++) at = text.indexOf(seed.phrase, at + 1)
    if (at < 0) return []
    const end = Math.min(text.length, at + seed.phrase.length + (seed.extend ?? 0))
    const block = [...doc.blocks].reverse().find((b) => b.start <= at)!
    return [
      {
        id: `ann-${index}`,
        documentId,
        blockId: block.id,
        selectors: describeSpan(text, at, end),
        color: seed.color ?? 'yellow',
        style: 'highlight' as const,
        note: seed.note ?? '',
        tags: seed.tags ?? [],
        createdAt: Date.UTC(2024, 4, 1, 9, index),
        updatedAt: Date.UTC(2024, 4, 2, 10, index),
      },
    ]
  })
}

export function seedBookmark(doc: ParsedDocument, documentId = SAMPLE_ID): BookmarkRecord {
  const text = textOf(doc)
  const block = doc.blocks[Math.floor(doc.blocks.length / 2)]!
  return {
    id: 'bm-1',
    documentId,
    blockId: block.id,
    textOffset: block.start,
    selectors: describeSpan(text, block.start, Math.min(text.length, block.start + 12)),
    label: '',
    createdAt: Date.UTC(2024, 4, 3),
    updatedAt: Date.UTC(2024, 4, 3),
  }
}

/** The sample with a note that only appears in the tests (English, with Markdown and CSV specials). */
export function withEnglishParagraph(doc: ParsedDocument): ParsedDocument {
  const extra = '1. Not a list, a=b, <b>not bold</b> & "quoted", comma'
  const last = doc.blocks[doc.blocks.length - 1]!
  const start = last.start + last.text.length + 1
  return {
    ...doc,
    blocks: [...doc.blocks, { id: 'b-english', type: 'paragraph', text: extra, start }],
  }
}

export function exportable(
  doc: ParsedDocument,
  annotations: AnnotationRecord[],
  bookmarks: BookmarkRecord[],
): ExportableDocument {
  return {
    meta: {
      id: SAMPLE_ID,
      title: doc.title,
      author: '齐鲁晚报',
      sourceName: 'qilu-evening-news-2022-06-24.txt',
      language: doc.language,
    },
    blocks: doc.blocks,
    outline: doc.outline,
    annotations,
    bookmarks,
  }
}
