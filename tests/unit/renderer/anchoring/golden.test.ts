/// <reference types="node" />
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe as suite, expect, it } from 'vitest'
import { anchor } from '../../../../src/renderer/src/anchoring/anchor'
import { describe } from '../../../../src/renderer/src/anchoring/describe'
import type { Selector } from '../../../../src/renderer/src/anchoring/types'
import { documentText } from '../../../../src/shared/assemble-document'
import {
  decode,
  documentFromText,
  gbkExcerptBytes,
  newspaperText,
  sampleSpans,
} from './sample-documents'

/**
 * Stored selectors for real texts (Hypothesis's html-baselines, for our documents). `describe` must keep
 * giving the same selectors, or annotations saved by an older Margin would stop matching.
 * The files keep a digest of each span's selectors, not the quotes, so no fixture text is copied here.
 * Rewrite them deliberately with MARGIN_UPDATE_GOLDEN=1.
 */
interface GoldenEntry {
  start: number
  end: number
  /** SHA-256 of the selectors' JSON. */
  selectors: string
}

const digest = (selectors: Selector[]) =>
  createHash('sha256').update(JSON.stringify(selectors)).digest('hex')

const fixtures = [
  { name: 'newspaper', text: newspaperText },
  {
    name: 'gbk-excerpt',
    text: () => documentText(documentFromText(decode(gbkExcerptBytes(), 'gbk')).blocks),
  },
]

/** The same text hard-wrapped every `width` characters, the way a print layout or an e-mail breaks lines. */
function hardWrapped(text: string, width: number): string {
  return documentText(
    documentFromText(
      text
        .split('\n')
        .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? line)
        .join('\n\n'),
    ).blocks,
  )
}

suite.each(fixtures)('golden anchors: $name', ({ name, text: makeText }) => {
  const file = resolve(import.meta.dirname, `golden/${name}.json`)
  const text = makeText()
  if (process.env['MARGIN_UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    const entries: GoldenEntry[] = sampleSpans(text, 40).map(({ start, end }) => ({
      start,
      end,
      selectors: digest(describe(text, start, end)),
    }))
    writeFileSync(file, JSON.stringify(entries, null, 1) + '\n')
  }
  const golden = JSON.parse(readFileSync(file, 'utf8')) as GoldenEntry[]

  it('describes every span exactly as before', () => {
    expect(golden.length).toBe(40)
    for (const entry of golden)
      expect(digest(describe(text, entry.start, entry.end))).toBe(entry.selectors)
  })

  // From here on the described selectors stand for the stored ones: the digest above proves them equal.
  const stored = golden.map((entry) => ({
    ...entry,
    selectors: describe(text, entry.start, entry.end),
  }))

  it('anchors every stored annotation at its offsets', () => {
    for (const entry of stored)
      expect(anchor(text, entry.selectors)).toEqual({
        start: entry.start,
        end: entry.end,
        method: 'position',
      })
  })

  it('re-anchors every stored annotation once the text is re-laid out in short lines', () => {
    const wrapped = hardWrapped(text, 23)
    for (const entry of stored) {
      const found = anchor(wrapped, entry.selectors)
      expect(found, JSON.stringify(entry.selectors[1])).not.toBeNull()
      expect(wrapped.slice(found!.start, found!.end).replaceAll('\n', '')).toBe(
        text.slice(entry.start, entry.end).replaceAll('\n', ''),
      )
    }
  })
})
