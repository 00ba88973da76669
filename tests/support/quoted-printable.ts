/** Quoted-printable as mail and browsers write it: every non-ASCII byte and '=' escaped, lines of at most 76 characters. */
export function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let line = ''
  for (const byte of bytes) {
    if (byte === 0x0a) {
      out += line + '\r\n'
      line = ''
      continue
    }
    const piece =
      byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)
        ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte)
    if (line.length + piece.length > 75) {
      out += line + '=\r\n'
      line = ''
    }
    line += piece
  }
  return out + line
}
