import { DecodeError } from './import-errors'

export interface DecodedText {
  text: string
  /** WHATWG name, lower case. */
  encoding: string
  confidence: number
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * Bytes to text: a BOM wins, then a strict UTF-8 decode (fast and certain when it succeeds),
 * then GB18030, the superset of GBK that most Chinese text files not in UTF-8 are in.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      const text = new TextDecoder(encoding).decode(bytes.subarray(bom.length))
      return { text, encoding, confidence: 1 }
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text, encoding: 'utf-8', confidence: 1 }
  } catch {
    // not UTF-8: fall through
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    return { text, encoding: 'gb18030', confidence: 0.5 }
  } catch {
    throw new DecodeError(fileName, 'the text is in an encoding Margin could not recognise.')
  }
}
