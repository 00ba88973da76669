/// <reference types="node" />
/**
 * Documents made from the shared fixtures for the anchoring tests, split into blocks one line each,
 * so the tests do not depend on how the importers lay out a page.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { documentText } from '../../../../src/shared/assemble-document'
import type { ParsedDocument } from '../../../../src/shared/document-model'
import { textDocument } from '../../../support/text-document'

const SHARED = resolve(import.meta.dirname, '../../../../../shared')
export const NEWSPAPER_PATH = resolve(SHARED, 'samples/qilu-evening-news-2022-06-24.txt')
export const GBK_NOVEL_PATH = resolve(SHARED, 'corpus/txt/sanguoyanyi_simp_gbk_real.txt')

export function documentFromText(text: string, title = 'sample'): ParsedDocument {
  const drafts = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
    .map((line) => ({ type: 'paragraph' as const, text: line }))
  return textDocument(drafts, title)
}

export function newspaperText(): string {
  return documentText(documentFromText(readFileSync(NEWSPAPER_PATH, 'utf8')).blocks)
}

/** The first `bytes` bytes of the GBK novel, cut at a line end (a GBK trail byte is never 0x0A). */
export function gbkExcerptBytes(bytes = 24_000): Uint8Array {
  const all = new Uint8Array(readFileSync(GBK_NOVEL_PATH))
  const cut = all.lastIndexOf(0x0a, bytes)
  return all.slice(0, cut + 1)
}

export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes)
}

/** UTF-16LE with a BOM, the way Windows Notepad used to save "Unicode" text. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out[2 + 2 * i] = code & 0xff
    out[3 + 2 * i] = code >> 8
  }
  return out
}

/** Evenly spread spans of the text, some within a line and some across line breaks. */
export function sampleSpans(text: string, count: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (let i = 0; i < count; i++) {
    const start = Math.floor(((i + 0.5) / count) * (text.length - 200))
    const length = i % 3 === 0 ? 120 : 8 + ((i * 7) % 30)
    spans.push({ start, end: start + length })
  }
  return spans
}
