/**
 * The MIME parts of a saved web archive (MHTML, RFC 2557: Chrome and Edge "Webpage, single file",
 * Internet Explorer and Word .mht): headers unfolded, multipart bodies split at their boundary
 * (nested ones too), each body decoded from quoted-printable or base64 to its bytes. The bytes
 * stay in the part's own charset; the page decides how to read them.
 */
export interface MimePart {
  /** Lower-case media type, e.g. text/html. */
  type: string
  /** Content-Type parameters, names in lower case (charset, boundary, start…). */
  params: Record<string, string>
  headers: Map<string, string>
  body: Uint8Array
}

/** Nested multiparts followed this deep: real archives nest one or two. */
const MAX_DEPTH = 8

/** Splits `Name: value` lines (folded lines joined) into a map of lower-case names. */
function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (/^[\w-]+$/.test(name) && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return headers
}

/** `text/html; charset="gb2312"` → type and parameters. */
export function readContentType(value: string | undefined): {
  type: string
  params: Record<string, string>
} {
  const [type = '', ...rest] = (value ?? '').split(';')
  const params: Record<string, string> = {}
  for (const param of rest) {
    const match = /^\s*([\w.-]+)\s*=\s*(?:"([^"]*)"|([^\s;]*))/.exec(param)
    if (match) params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? ''
  }
  return { type: type.trim().toLowerCase(), params }
}

/** Where the header block ends and the body starts (after the first empty line), or null when there is none. */
function headerEnd(text: string, from: number): { headers: number; body: number } | null {
  const match = /\r?\n\r?\n/.exec(text.slice(from, from + 256 * 1024))
  return match ? { headers: from + match.index, body: from + match.index + match[0].length } : null
}

function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

/** A hex digit's value, or -1. */
function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1
}

/** Quoted-printable: `=XX` is a byte, `=` at a line's end joins the lines, spaces before a line break are padding. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/[ \t]+(?=\r?\n)/g, '').replace(/=\r?\n/g, '')
  const out = new Uint8Array(joined.length)
  let n = 0
  for (let i = 0; i < joined.length; i++) {
    const code = joined.charCodeAt(i)
    const high = code === 0x3d ? hexValue(joined.charCodeAt(i + 1)) : -1
    const low = high >= 0 ? hexValue(joined.charCodeAt(i + 2)) : -1
    if (low >= 0) {
      out[n++] = high * 16 + low
      i += 2
    } else out[n++] = code
  }
  return out.subarray(0, n)
}

function decodeBody(text: string, encoding: string | undefined): Uint8Array {
  switch (encoding?.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(text)
    case 'base64':
      return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'))
    default:
      return latin1Bytes(text)
  }
}

/** The bodies between `--boundary` lines, up to the closing `--boundary--` (or the end, for a truncated file). */
function splitMultipart(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`
  const at = (from: number) => {
    if (from === 0 && text.startsWith(delimiter)) return 0
    const found = text.indexOf(`\n${delimiter}`, Math.max(0, from - 1))
    return found < 0 ? -1 : found + 1
  }
  const bodies: string[] = []
  for (let start = at(0); start >= 0;) {
    const after = start + delimiter.length
    if (text.startsWith('--', after)) break
    const lineEnd = text.indexOf('\n', after)
    if (lineEnd < 0) break
    const next = at(lineEnd + 1)
    bodies.push(text.slice(lineEnd + 1, next < 0 ? text.length : next).replace(/\r?\n$/, ''))
    start = next
  }
  return bodies
}

function readEntity(text: string, depth: number, parts: MimePart[]): void {
  const end = headerEnd(text, 0)
  const headers = readHeaders(end ? text.slice(0, end.headers) : text)
  const { type, params } = readContentType(headers.get('content-type'))
  const body = end ? text.slice(end.body) : ''
  if (type.startsWith('multipart/') && params['boundary'] && depth < MAX_DEPTH) {
    for (const part of splitMultipart(body, params['boundary'])) readEntity(part, depth + 1, parts)
    return
  }
  parts.push({
    type: type || 'text/plain',
    params,
    headers,
    body: decodeBody(body, headers.get('content-transfer-encoding')),
  })
}

/**
 * The leaf parts of a MIME message, in order; null when the bytes are not MIME at all (no header
 * block naming a Content-Type before the first empty line).
 */
export function readMimeParts(
  bytes: Uint8Array,
): { headers: Map<string, string>; parts: MimePart[] } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const end = headerEnd(text, 0)
  if (!end) return null
  const headers = readHeaders(text.slice(0, end.headers))
  if (!headers.has('content-type')) return null
  const parts: MimePart[] = []
  readEntity(text, 0, parts)
  return { headers, parts }
}
