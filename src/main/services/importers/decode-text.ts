import {
  detectLegacyEncoding,
  detectUtf16,
  hasIso2022JpShift,
  isMostlyUtf8,
  readBom,
  sampleBytes,
  toWhatwg,
} from './detect-encoding'
import { DecodeError, UnsupportedFormatError } from './import-errors'
import { decodeBig5 } from './big5-hkscs'
import type { DecodedChars } from './decoded-text'
import { decodeGb18030 } from './gb18030-decoder'
import { decodeStrictUtf8 } from './utf-8-decoder'
import { decodeUtf32, detectUtf32, isUtf32 } from './utf-32-decoder'
import { decodeWindows1252 } from './windows-1252'

export interface DecodedText extends DecodedChars {
  /** WHATWG name, lower case. */
  encoding: string
  confidence: number
}

export interface DecodeOptions {
  /** The user's choice, overriding detection (any WHATWG label: 'gbk', 'big5', 'shift_jis' …). */
  encoding?: string
}

/** Share of NUL bytes above which a file is UTF-16 or binary, never 8-bit text. */
const NUL_SHARE = 0.01
/** Share of control characters and replacement marks above which the "text" is binary data. */
const GARBAGE_SHARE = 0.05
const UTF16_HEAD_BYTES = 64 * 1024
/** UTF-8 but for a stray invalid byte: shown with a replacement mark, the doubt in the confidence. */
const STRAY_BYTE_CONFIDENCE = 0.8

/**
 * Bytes to text: the user's choice if given; otherwise a BOM, then strict UTF-8 (fast and
 * certain), then UTF-16 by its shape, then the legacy encodings by detection.
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): DecodedText {
  if (options.encoding) {
    const encoding = normaliseEncoding(options.encoding, fileName)
    const bom = readBom(bytes)
    const skip = bom && bom.encoding === encoding ? bom.skip : 0
    return {
      ...decodeChars(encoding, bytes.subarray(skip)),
      encoding: reportedName(options.encoding, encoding),
      confidence: 1,
    }
  }
  const bom = readBom(bytes)
  if (bom?.encoding === 'utf-8') return decodeAfterUtf8Bom(bytes.subarray(bom.skip), fileName)
  if (bom) return { ...decodeChars(bom.encoding, bytes.subarray(bom.skip)), ...bom }

  const head = bytes.subarray(0, UTF16_HEAD_BYTES)
  const nulShare = countNul(head) / Math.max(1, head.length)
  if (nulShare < NUL_SHARE && hasIso2022JpShift(head)) {
    return {
      text: new TextDecoder('iso-2022-jp').decode(bytes),
      controlFree: false,
      encoding: 'iso-2022-jp',
      confidence: 1,
    }
  }
  const utf8 = nulShare < NUL_SHARE ? decodeStrictUtf8(bytes) : null
  if (utf8 !== null) return { ...utf8, encoding: 'utf-8', confidence: 1 }
  const sample = sampleBytes(bytes)
  if (nulShare < NUL_SHARE && isMostlyUtf8(sample)) {
    const text = new TextDecoder('utf-8').decode(bytes)
    if (looksBinary(text)) throw binaryFile(fileName)
    return { text, controlFree: false, encoding: 'utf-8', confidence: STRAY_BYTE_CONFIDENCE }
  }
  const utf32 = nulShare >= NUL_SHARE ? detectUtf32(head) : null
  if (utf32) {
    const text = decodeUtf32(bytes, utf32)
    if (looksBinary(text)) throw binaryFile(fileName)
    return { text, controlFree: false, encoding: utf32, confidence: 1 }
  }
  const guess = detectUtf16(head) ?? (nulShare < NUL_SHARE ? detectLegacyEncoding(sample) : null)
  if (!guess) throw binaryFile(fileName)
  const decoded = decodeChars(guess.encoding, bytes)
  // No control character at all is no binary data: the count is skipped.
  if (!decoded.controlFree && looksBinary(decoded.text)) throw binaryFile(fileName)
  return { ...decoded, encoding: guess.encoding, confidence: guess.confidence }
}

/** Confidence given when a UTF-8 BOM was followed by text in another encoding: the file contradicts itself. */
const CONTRADICTED_BOM_CONFIDENCE = 0.5

/**
 * After a UTF-8 BOM, UTF-8 almost always. Editors that add a BOM to a file they did not convert
 * leave a GBK or Big5 body behind it: that body is detected, and the doubt shows in the confidence.
 */
function decodeAfterUtf8Bom(body: Uint8Array, fileName: string): DecodedText {
  const utf8 = decodeStrictUtf8(body)
  if (utf8 !== null) return { ...utf8, encoding: 'utf-8', confidence: 1 }
  const guess = detectLegacyEncoding(sampleBytes(body))
  const decoded = decodeChars(guess.encoding, body)
  if (!decoded.controlFree && looksBinary(decoded.text)) throw binaryFile(fileName)
  return {
    ...decoded,
    encoding: guess.encoding,
    confidence: Math.min(guess.confidence, CONTRADICTED_BOM_CONFIDENCE),
  }
}

/**
 * TextDecoder, except GBK/GB18030 (one decoder for both, faster than ICU's), UTF-32 (which
 * TextDecoder lacks), Windows-1252 (its own high bytes) and Big5 (with HKSCS), right on every Node.
 */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  return decodeChars(encoding, bytes).text
}

function decodeChars(encoding: string, bytes: Uint8Array): DecodedChars {
  if (encoding === 'gbk' || encoding === 'gb18030') return decodeGb18030(bytes)
  return { text: decodeOther(encoding, bytes), controlFree: false }
}

function decodeOther(encoding: string, bytes: Uint8Array): string {
  if (isUtf32(encoding)) return decodeUtf32(bytes, encoding)
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  if (encoding === 'big5') return decodeBig5(bytes)
  return new TextDecoder(encoding).decode(bytes)
}

function normaliseEncoding(label: string, fileName: string): string {
  if (isUtf32(label.toLowerCase())) return label.toLowerCase()
  try {
    return new TextDecoder(label).encoding
  } catch {
    throw new DecodeError(fileName, `"${label}" is not an encoding Margin knows.`)
  }
}

/** TextDecoder calls GBK gb18030; keep the name the user chose. */
function reportedName(label: string, whatwg: string): string {
  return toWhatwg(label) === 'gbk' && label.toLowerCase() === 'gbk' ? 'gbk' : whatwg
}

function countNul(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) n++
  return n
}

/** Counted by character codes over the head and tail: a regex match list cost more than the decode's detection. */
function looksBinary(text: string): boolean {
  const half = Math.min(100_000, text.length >> 1)
  const garbage =
    countGarbage(text, 0, text.length > 200_000 ? half : text.length) +
    (text.length > 200_000 ? countGarbage(text, text.length - half, text.length) : 0)
  return garbage > Math.min(text.length, 200_000) * GARBAGE_SHARE
}

/** NUL and other C0 controls except tab, line breaks and escape, and U+FFFD. */
function countGarbage(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 ? c <= 0x08 || (c >= 0x0e && c !== 0x1b) : c === 0xfffd) n++
  }
  return n
}

function binaryFile(fileName: string): UnsupportedFormatError {
  return new UnsupportedFormatError(fileName, 'this looks like a binary file, not text.')
}
