import { detectAll } from 'jschardet'
import { decodeBig5 } from './big5-hkscs'
import { COMMON_CHARACTERS } from './common-characters'
import { readsAsMacRoman } from './western-code-page'

/**
 * Which encoding a text file is in. Certain answers first (a BOM, valid UTF-8, UTF-16 by its
 * shape); otherwise jschardet over samples from the head, middle and tail (a long ASCII licence
 * before GBK text fools a detector that reads only the head), checked by decoding each CJK
 * candidate and counting common characters, which tells Big5 from GBK where detectors waver.
 */
export interface EncodingGuess {
  /** WHATWG name, lower case: what TextDecoder accepts and what users recognise ('gbk', 'big5'). */
  encoding: string
  /** 0..1. */
  confidence: number
  /** Bytes to skip before decoding (a BOM). */
  skip: number
}

/** COMMON_CHARACTERS as a table by UTF-16 unit: scoring looks up every character of several decodings. */
const COMMON_TABLE = new Uint8Array(0x10000)
for (const c of COMMON_CHARACTERS) if (c < 0x10000) COMMON_TABLE[c] = 1

const SAMPLE_BYTES = 24 * 1024
const MIN_UTF16_SCORE = 0.3
const SINGLE_BYTE_MIN_CONFIDENCE = 0.4
const SINGLE_BYTE_CLEAR = 0.2
const CJK_CANDIDATES = ['gbk', 'big5', 'shift_jis', 'euc-kr', 'euc-jp']
/** Encodings TextDecoder has but users never mean for text files. */
const SINGLE_BYTE_DEFAULT = 'windows-1252'
/** Western European code pages, told apart from Mac Roman by their letters. */
const WESTERN = new Set(['windows-1252', 'iso-8859-15', 'macintosh'])
/** Below this share of common characters no CJK decoding reads as text. */
const CJK_PLAUSIBLE_SCORE = 0.3

export function readBom(bytes: Uint8Array): EncodingGuess | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', confidence: 1, skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return { encoding: 'utf-32le', confidence: 1, skip: 4 }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return { encoding: 'utf-32be', confidence: 1, skip: 4 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', confidence: 1, skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', confidence: 1, skip: 2 }
  return null
}

/** Head, middle and tail of a large file, each cut at a line start so multi-byte characters stay whole. */
export function sampleBytes(bytes: Uint8Array, pieceBytes = SAMPLE_BYTES): Uint8Array {
  if (bytes.length <= pieceBytes * 3) return bytes
  const parts = [0, Math.floor(bytes.length / 2) - pieceBytes / 2, bytes.length - pieceBytes].map(
    (at) => {
      let start = at
      if (at > 0) {
        const newline = bytes.subarray(start, start + 512).indexOf(0x0a)
        if (newline >= 0) start += newline + 1
      }
      return bytes.subarray(start, Math.min(bytes.length, start + pieceBytes))
    },
  )
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
    out[offset++] = 0x0a
  }
  return out
}

/**
 * ISO-2022-JP (old Japanese mail and text) is 7-bit, so it passes as ASCII: its escape into
 * JIS X 0208 (ESC $ @ or ESC $ B) gives it away. Terminal colours (ESC [) do not look like it.
 */
export function hasIso2022JpShift(head: Uint8Array): boolean {
  for (let i = head.indexOf(0x1b); i >= 0 && i + 2 < head.length; i = head.indexOf(0x1b, i + 1)) {
    if (head[i + 1] === 0x24 && (head[i + 2] === 0x40 || head[i + 2] === 0x42)) return true
  }
  return false
}

/**
 * UTF-8 with a stray invalid byte or two (a pasted Latin-1 character, a cut download): valid
 * multi-byte sequences far outnumber invalid bytes. GBK or Big5 read as UTF-8 is mostly invalid.
 */
export function isMostlyUtf8(sample: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!
    if (b < 0x80) continue
    // GBK or Big5 fails within a few kilobytes: the rest of the sample could not outvote it.
    if (invalid * MOSTLY_UTF8_RATIO > valid + (sample.length - i) / 2) return false
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let ok = length > 0 && i + length <= sample.length
    for (let k = 1; ok && k < length; k++) ok = (sample[i + k]! & 0xc0) === 0x80
    if (ok) {
      valid++
      i += length - 1
    } else invalid++
  }
  return valid >= MOSTLY_UTF8_MIN && invalid * MOSTLY_UTF8_RATIO <= valid
}

const MOSTLY_UTF8_MIN = 4
const MOSTLY_UTF8_RATIO = 16

/** UTF-16 without a BOM: one byte of most pairs is zero (Latin), or every unit is a plausible character. */
export function detectUtf16(sample: Uint8Array): EncodingGuess | null {
  if (sample.length < 8) return null
  if (sample.indexOf(0) < 0 && highPairShare(sample) >= LEGACY_PAIR_SHARE) return null
  let best: EncodingGuess | null = null
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = new TextDecoder(encoding).decode(sample.subarray(0, sample.length & ~1))
    let plausible = 0
    let ascii = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (isPlausibleUnit(c)) plausible++
      if (c < 0x80) ascii++
    }
    const share = plausible / Math.max(1, text.length)
    // Shift_JIS or GBK bytes read in pairs also land in the CJK block: demand common characters too.
    const readable = ascii > text.length * 0.5 || scoreText(text) >= MIN_UTF16_SCORE
    if (share >= 0.97 && readable && (!best || share > best.confidence)) {
      best = { encoding, confidence: round(share), skip: 0 }
    }
  }
  return best
}

/** Without a NUL (no Latin, no newline) and mostly pairs of high bytes, it is Shift_JIS/GBK/Big5, not UTF-16. */
const LEGACY_PAIR_SHARE = 0.6

function highPairShare(sample: Uint8Array): number {
  let high = 0
  for (let i = 0; i + 1 < sample.length; i += 2)
    if (sample[i]! >= 0x80 && sample[i + 1]! >= 0x80) high++
  return high / Math.max(1, sample.length >> 1)
}

function isPlausibleUnit(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x4ff) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xff00 && c <= 0xffef)
  )
}

/** For bytes that are neither UTF-8 nor UTF-16. */
export function detectLegacyEncoding(sample: Uint8Array): EncodingGuess {
  const paired = hasPairedHighBytes(sample)
  if (paired) {
    const quick = sampleBytes(sample, QUICK_PIECE_BYTES)
    const clear =
      (quick !== sample && countHighBytes(quick) >= QUICK_MIN_HIGH_BYTES
        ? clearCjkDecoding(quick, sample)
        : null) ?? clearCjkDecoding(sample, sample)
    if (clear) return clear
  } else {
    // Trail bytes may be ASCII (Big5 台北市 is A5 78 A5 5F A5 AB): a CJK decoding that reads cleanly still wins.
    const clear = clearCjkDecoding(sample, sample)
    if (clear && clear.confidence >= UNPAIRED_CJK_CONFIDENCE) return clear
  }
  const detected = detectAll(sample).map((r) => ({
    encoding: toWhatwg(r.encoding),
    confidence: r.confidence,
  }))
  const top = detected.find((r) => r.encoding !== null)
  if (!paired) {
    const single = detected.find(
      (r) => r.encoding && !CJK_CANDIDATES.includes(r.encoding) && r.encoding !== 'gb18030',
    )
    // jschardet spreads Latin text over a dozen code pages at ~0.05 each; only a clear answer (Cyrillic, Greek) beats Windows-1252.
    const clear = single && single.confidence >= SINGLE_BYTE_CLEAR ? single : null
    const encoding = clear?.encoding ?? SINGLE_BYTE_DEFAULT
    return {
      encoding: !WESTERN.has(encoding)
        ? encoding
        : readsAsMacRoman(sample)
          ? 'macintosh'
          : encoding === 'macintosh'
            ? SINGLE_BYTE_DEFAULT
            : encoding,
      confidence: round(Math.max(SINGLE_BYTE_MIN_CONFIDENCE, clear?.confidence ?? 0)),
      skip: 0,
    }
  }
  const candidates = new Set(CJK_CANDIDATES)
  if (top?.encoding && top.encoding !== 'gb18030' && isDecodable(top.encoding))
    candidates.add(top.encoding)
  const scored = [...candidates].map((encoding) => {
    const detector = detected.find(
      (r) => r.encoding === encoding || (encoding === 'gbk' && r.encoding === 'gb18030'),
    )
    return { encoding, score: scoreDecoding(sample, encoding) + 0.1 * (detector?.confidence ?? 0) }
  })
  scored.sort((a, b) => b.score - a.score)
  const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]]
  // Thai, Cyrillic, Greek, Arabic and Hebrew words are runs of high bytes too: when no CJK
  // decoding reads as text, the detector's single-byte answer (its language models) stands.
  const cjkBest = Math.max(
    ...scored.filter((r) => CJK_CANDIDATES.includes(r.encoding)).map((r) => r.score),
  )
  if (
    top?.encoding &&
    !CJK_CANDIDATES.includes(top.encoding) &&
    top.encoding !== 'gb18030' &&
    top.confidence >= SINGLE_BYTE_CLEAR &&
    cjkBest < CJK_PLAUSIBLE_SCORE
  ) {
    return {
      encoding: top.encoding,
      confidence: round(Math.max(SINGLE_BYTE_MIN_CONFIDENCE, top.confidence)),
      skip: 0,
    }
  }
  const margin = best.score - (second?.score ?? 0)
  const confidence = Math.max(0.1, Math.min(1, best.score)) * Math.min(1, 0.5 + margin * 2)
  const encoding = best.encoding === 'gbk' && hasFourByteGb18030(sample) ? 'gb18030' : best.encoding
  return { encoding, confidence: round(confidence), skip: 0 }
}

/** Common-character share a decoding needs, and its lead over the next, to need no detector. */
const CLEAR_SCORE = 0.6
const CLEAR_LEAD = 0.3
const UNPAIRED_CJK_CONFIDENCE = 0.8

/**
 * A twelfth of the sample (2 KB of its head, middle and tail) settles a plainly CJK file: scoring
 * five decodings of the whole sample cost more than decoding a 1 MB file. It needs this many
 * high bytes (about a thousand characters) to judge; otherwise, or when unclear, the whole sample.
 */
const QUICK_PIECE_BYTES = 2 * 1024
const QUICK_MIN_HIGH_BYTES = 2048

function countHighBytes(bytes: Uint8Array): number {
  let high = 0
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) high++
  return high
}

/**
 * The CJK decoding that plainly reads as text while every other one reads as noise, or null.
 * jschardet is slow (tens of ms on the samples) and only nudges such a verdict. GB18030's
 * four-byte sequences are looked for in `whole`, the full sample.
 */
function clearCjkDecoding(sample: Uint8Array, whole: Uint8Array): EncodingGuess | null {
  const scored = CJK_CANDIDATES.map((encoding) => ({
    encoding,
    score: scoreDecoding(sample, encoding),
  })).sort((a, b) => b.score - a.score)
  const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]]
  if (best.score < CLEAR_SCORE || best.score - second.score < CLEAR_LEAD) return null
  const confidence = Math.min(1, best.score) * Math.min(1, 0.5 + (best.score - second.score) * 2)
  const encoding = best.encoding === 'gbk' && hasFourByteGb18030(whole) ? 'gb18030' : best.encoding
  return { encoding, confidence: round(confidence), skip: 0 }
}

/** In CJK encodings bytes ≥ 0x80 come in pairs; in Windows-1252 they stand alone among ASCII. */
function hasPairedHighBytes(sample: Uint8Array): boolean {
  let high = 0
  let alone = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! < 0x80) continue
    // Eight thousand high bytes settle a plain case; only a near tie reads the whole sample.
    if (high >= PAIRED_VERDICT_BYTES && (alone * 4 < high || alone * 4 > high * 3)) break
    high++
    const before = i > 0 ? sample[i - 1]! : 0
    const after = i + 1 < sample.length ? sample[i + 1]! : 0
    if (before < 0x80 && after < 0x80) alone++
  }
  return high > 0 && alone < high * 0.5
}

const PAIRED_VERDICT_BYTES = 8192

/** Share of decoded non-ASCII characters that real text is full of, minus what decoding errors leave. */
function scoreDecoding(sample: Uint8Array, encoding: string): number {
  return scoreText(
    encoding === 'big5' ? decodeBig5(sample) : new TextDecoder(encoding).decode(sample),
  )
}

const KANA_WEIGHT = 0.8

function scoreText(text: string): number {
  let nonAscii = 0
  let good = 0
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if (COMMON_TABLE[c] === 1) good++
    // Kana a little below common Hanzi: GBK and EUC-JP read Big5's 中文 (A4A4 A4E5) as kana いゅ.
    else if (c >= 0x3041 && c <= 0x30fa) good += KANA_WEIGHT
    else if (
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x2018 && c <= 0x2026)
    )
      good += 0.5
    else if (
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      (c >= 0xff61 && c <= 0xff9f) ||
      c < 0xa0
    )
      bad++
  }
  return (good - 3 * bad) / Math.max(1, nonAscii)
}

/** GB18030's four-byte sequences (a byte ≥ 0x81, a digit, a byte ≥ 0x81, a digit) are not GBK. */
function hasFourByteGb18030(sample: Uint8Array): boolean {
  for (let i = 0; i + 3 < sample.length; i++) {
    const a = sample[i]!
    if (a < 0x81) continue
    const b = sample[i + 1]!
    if (
      b >= 0x30 &&
      b <= 0x39 &&
      sample[i + 2]! >= 0x81 &&
      sample[i + 3]! >= 0x30 &&
      sample[i + 3]! <= 0x39
    )
      return true
    if (b >= 0x40) i++
  }
  return false
}

const JSCHARDET_ALIASES: Record<string, string> = {
  cp932: 'shift_jis',
  'shift-jis-2004': 'shift_jis',
  'shift-jis': 'shift_jis',
  cp949: 'euc-kr',
  'euc-kr': 'euc-kr',
  big5hkscs: 'big5',
  'euc-jis-2004': 'euc-jp',
  'iso2022-jp-2': 'iso-2022-jp',
  'iso-8859-1': 'windows-1252',
  macroman: 'macintosh',
}

/** jschardet's names to WHATWG's; null for what TextDecoder cannot decode. */
export function toWhatwg(name: string | null): string | null {
  if (!name) return null
  const lower = name.toLowerCase()
  if (lower === 'ascii' || lower === 'utf-8' || lower === 'utf-8-sig') return 'utf-8'
  if (lower.startsWith('gb')) return 'gbk'
  const alias = JSCHARDET_ALIASES[lower.replace(/_/g, '-')]
  if (alias) return alias
  try {
    return new TextDecoder(lower.replace(/^cp(\d+)$/, 'windows-$1')).encoding
  } catch {
    return null
  }
}

function isDecodable(encoding: string): boolean {
  return toWhatwg(encoding) !== null
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
