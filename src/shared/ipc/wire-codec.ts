/**
 * Browser mode's request body: a 4-byte length, the JSON arguments, then raw bytes.
 * Byte arrays travel as they are rather than as base64, so a 30 MB import stays 30 MB.
 */
interface BytesRef {
  $bytes: [offset: number, length: number]
}

function isBytesRef(value: unknown): value is BytesRef {
  return typeof value === 'object' && value !== null && Array.isArray((value as BytesRef).$bytes)
}

export function encodeRequest(args: unknown): Uint8Array {
  const parts: Uint8Array[] = []
  let offset = 0
  const json = JSON.stringify(args, function (this: Record<string, unknown>, key, value: unknown) {
    // Read the holder's own value: a Node Buffer's toJSON has already run on `value`.
    const raw = key === '' ? value : this[key]
    if (raw instanceof Uint8Array) {
      const ref: BytesRef = { $bytes: [offset, raw.length] }
      parts.push(raw)
      offset += raw.length
      return ref
    }
    return value
  })
  const header = new TextEncoder().encode(json)
  const out = new Uint8Array(4 + header.length + offset)
  new DataView(out.buffer).setUint32(0, header.length)
  out.set(header, 4)
  let at = 4 + header.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

export function decodeRequest(body: Uint8Array): unknown {
  if (body.length < 4) throw new Error('request too short')
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0)
  if (4 + length > body.length) throw new Error('request header too long')
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
