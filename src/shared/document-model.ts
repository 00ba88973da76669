/**
 * The document model every importer produces and every view reads.
 * A document is an ordered list of blocks; its normalized plain text is the blocks' texts
 * joined by '\n', and `Block.start` is each block's offset in it. Annotations anchor to
 * that text, so the same bytes must always give the same ids and offsets.
 */
export const BLOCK_TYPES = [
  'heading',
  'subheading',
  'paragraph',
  'byline',
  'caption',
  'credit',
  'quote',
  'list-item',
  'code',
  'table',
  'image',
  'separator',
  /** A stanza of verse: its lines kept, joined by '\n'. */
  'verse',
  /** A newspaper page's furniture: masthead, date line, section name, page number. */
  'furniture',
] as const

export type BlockType = (typeof BLOCK_TYPES)[number]

export const DOCUMENT_FORMATS = ['txt', 'markdown', 'html', 'epub'] as const
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number]

export interface Block {
  /** Stable id derived from the block's text (see assignBlockIds). */
  id: string
  type: BlockType
  /** Plain text of the block; for an image its alt text, for a table its cells tab-separated. */
  text: string
  /** Offset of `text` in the document's normalized text. */
  start: number
  /** Heading level, 1 at the top. */
  level?: number
  /** Image asset path inside the document's store folder. */
  src?: string
  /** An image's size in pixels, when known, so the reader can reserve its box. */
  width?: number
  height?: number
  /** Table cells, row by row. */
  rows?: string[][]
  /** Inline markup (links, emphasis) as sanitized HTML, for formats that have it. */
  html?: string
}

/** A block before ids and offsets are assigned. */
export type BlockDraft = Omit<Block, 'id' | 'start'>

export interface OutlineEntry {
  title: string
  /** 1 at the top. */
  level: number
  blockId: string
}

export interface DocumentStats {
  chars: number
  blocks: number
}

export interface ParsedDocument {
  format: DocumentFormat
  /** WHATWG encoding name in lower case, or null where the format carries its own. */
  encoding: string | null
  /** 0..1, how sure the encoding detection was; 1 for a BOM or valid UTF-8. */
  encodingConfidence: number | null
  title: string
  author: string | null
  language: string | null
  blocks: Block[]
  /** Flat, in reading order. */
  outline: OutlineEntry[]
  stats: DocumentStats
  /** Store asset path of the cover image, if the document has one. */
  cover?: string | null
  /** Images found while importing; the store writes them beside the document and drops this field. */
  assets?: DocumentAsset[]
  /** Set when the book itself is typeset vertically (a Japanese or Taiwanese EPUB): the reader opens it so unless told otherwise. */
  writingMode?: 'vertical'
}

/** An image stored with a document, served to the reader by name only. */
export interface DocumentAsset {
  /** Matches ASSET_NAME_PATTERN. */
  name: string
  type: string
  bytes: Uint8Array
}

/** Asset names are plain file names: no folders, no dots in front, nothing to escape with. */
export const ASSET_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}\.(png|jpg|gif|webp|svg)$/

/** What the library knows about a stored document. */
export interface DocumentMeta {
  /** SHA-256 of the original bytes, hex. */
  id: string
  title: string
  author: string | null
  language: string | null
  format: DocumentFormat
  encoding: string | null
  encodingConfidence: number | null
  /** Size of the original in bytes. */
  size: number
  chars: number
  blocks: number
  /** ISO date. */
  importedAt: string
  sourceName: string
  cover: string | null
  /** What the user changed; `title`/`author` above already include it. */
  edits?: UserEdits
}

/** A user's changes to a document's details, kept apart from what the file says so a re-parse keeps them. */
export interface UserEdits {
  title?: string
  author?: string | null
  /** WHATWG name of the encoding the user picked over the detected one. */
  encoding?: string
}
