import iconv from 'iconv-lite'

/**
 * Big5 with the Hong Kong Supplementary Character Set (嘅, 喺, 㗎, 𥄫 …), as Hong Kong and Taiwan
 * files use it. Node's ICU decoder gives private-use code points for the HKSCS range, so Margin
 * decodes Big5 with iconv-lite's big5hkscs table instead, the same on every Node and Electron.
 */
export function decodeBig5(bytes: Uint8Array): string {
  return iconv.decode(bytes, 'big5hkscs')
}
