/**
 * Browser mode's bodies: a 4-byte length, the JSON, then raw bytes. Byte arrays travel as they
 * are rather than as base64 (a 30 MB import stays 30 MB), both ways: requests always use this
 * framing, responses only when the result carries bytes (a backup archive), else plain JSON.
 */
interface BytesRef {
  $bytes: [offset: number, length: number]
}

/** The content type of a framed response. */
export const FRAMED_TYPE = 'application/vnd.margin.framed'
const JSON_TYPE = 'application/json; charset=utf-8'

function isBytesRef(value: unknown): value is BytesRef {
  return typeof value === 'object' && value !== null && Array.isArray((value as BytesRef).$bytes)
}

/** The JSON text with each byte array replaced by a reference, and those arrays in order. */
function split(value: unknown): { json: string; parts: Uint8Array[]; size: number } {
  const parts: Uint8Array[] = []
  let size = 0
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    // Read the holder's own value: a Node Buffer's toJSON has already run on `item`.
    const raw = key === '' ? item : this[key]
    if (raw instanceof Uint8Array) {
      const ref: BytesRef = { $bytes: [size, raw.length] }
      parts.push(raw)
      size += raw.length
      return ref
    }
    return item
  })
  return { json: json ?? 'null', parts, size }
}

function frame({ json, parts, size }: ReturnType<typeof split>): Uint8Array {
  const header = new TextEncoder().encode(json)
  const out = new Uint8Array(4 + header.length + size)
  new DataView(out.buffer).setUint32(0, header.length)
  out.set(header, 4)
  let at = 4 + header.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function unframe(body: Uint8Array): unknown {
  if (body.length < 4) throw new Error('body too short')
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0)
  if (4 + length > body.length) throw new Error('body header too long')
  const json = new TextDecoder().decode(body.subarray(4, 4 + length))
  const data = body.subarray(4 + length)
  return JSON.parse(json, (_key, value: unknown) => {
    if (isBytesRef(value)) {
      const [offset, size] = value.$bytes
      if (offset < 0 || size < 0 || offset + size > data.length) throw new Error('bad byte range')
      return data.subarray(offset, offset + size)
    }
    return value
  })
}

export function encodeRequest(args: unknown): Uint8Array {
  return frame(split(args))
}

export function decodeRequest(body: Uint8Array): unknown {
  return unframe(body)
}

/** A handler's result as the server sends it: framed when it holds bytes, else plain JSON. */
export function encodeResponse(result: unknown): { body: Uint8Array | string; type: string } {
  const pieces = split(result)
  return pieces.parts.length === 0
    ? { body: pieces.json, type: JSON_TYPE }
    : { body: frame(pieces), type: FRAMED_TYPE }
}

export function decodeResponse(body: Uint8Array, type: string | null): unknown {
  return type?.startsWith(FRAMED_TYPE) ? unframe(body) : JSON.parse(new TextDecoder().decode(body))
}
