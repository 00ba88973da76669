import { Inflate } from 'fflate'
import { CorruptFileError } from './import-errors'
import { decodeXmlBytes } from './xml-tree'

/**
 * Reads a zip archive defensively, entry by entry and only when asked. Declared sizes are
 * checked against caps before anything is inflated, and inflating stops as soon as an entry
 * yields more than it declared or the archive's total passes the cap (zip bombs).
 * Entry names that would leave the archive's folder make the whole archive refused.
 */
export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
}

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

const INPUT_CHUNK = 16 * 1024

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8)
}
function u32(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
  )
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    bytes.length >= 22
  )
}

const ENCRYPTED_FLAG = 0x1
const UTF8_FLAG = 0x800
const utf8Names = new TextDecoder('utf-8', { fatal: true })
const gbkNames = new TextDecoder('gb18030')

/** Names are UTF-8 when flagged or valid; else zips made on Chinese Windows wrote them in GBK. */
function entryName(raw: Uint8Array, flags: number): string {
  try {
    return utf8Names.decode(raw)
  } catch {
    return flags & UTF8_FLAG ? new TextDecoder().decode(raw) : gbkNames.decode(raw)
  }
}

function unsupportedMethod(entry: ZipEntry): string {
  const how = entry.method === 9 ? 'Deflate64' : `compression method ${entry.method}`
  return `${entry.name} is compressed with ${how}, which Margin cannot unpack. Re-save the EPUB with ordinary zip compression (Calibre or any zip tool can).`
}

function looseName(name: string): string {
  return name.normalize('NFC').toLowerCase()
}

/** Normalizes an entry name; null when it is absolute or climbs out with `..`. */
export function normalizeEntryName(name: string): string | null {
  const parts: string[] = []
  const path = name.replace(/\\/g, '/')
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\0')) return null
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32
}

/** Where a ZIP64 archive (some writers use it even for small books) keeps its entry count and directory. */
function zip64Directory(bytes: Uint8Array, end: number): { count: number; offset: number } | null {
  const locator = end - 20
  if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return null
  const record = u64(bytes, locator + 8)
  if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) return null
  return { count: u64(bytes, record + 32), offset: u64(bytes, record + 48) }
}

/** Sizes and offset marked 0xFFFFFFFF are in the ZIP64 extra field (id 1), in that order. */
function withZip64Extra(entry: ZipEntry, extra: Uint8Array): ZipEntry {
  const wide =
    entry.size === 0xffffffff ||
    entry.compressedSize === 0xffffffff ||
    entry.localHeaderOffset === 0xffffffff
  for (let at = 0; wide && at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 1) continue
    let field = at + 4
    const next = () => {
      const value = field + 8 <= extra.length ? u64(extra, field) : 0xffffffff
      field += 8
      return value
    }
    if (entry.size === 0xffffffff) entry.size = next()
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next()
    if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next()
  }
  return entry
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (
      bytes[at] === 0x50 &&
      bytes[at + 1] === 0x4b &&
      bytes[at + 2] === 0x05 &&
      bytes[at + 3] === 0x06
    )
      return at
  }
  return -1
}

export type ZipArchive = ReturnType<typeof openZip>

export function openZip(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
) {
  const damaged = (why: string) => new CorruptFileError(fileName, why)
  if (!isZip(bytes)) throw damaged('this is not an EPUB: the file is not a zip archive.')
  const end = findEndOfDirectory(bytes)
  if (end < 0) throw damaged('the EPUB is truncated or damaged: its zip directory is missing.')
  let count = u16(bytes, end + 10)
  let directoryOffset = u32(bytes, end + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    const zip64 = zip64Directory(bytes, end)
    if (!zip64) throw damaged('the EPUB is damaged: its ZIP64 directory cannot be found.')
    ;({ count, offset: directoryOffset } = zip64)
  }
  if (count > limits.maxEntries)
    throw damaged(`the archive has ${count} entries, more than an EPUB ever needs.`)

  const entries = new Map<string, ZipEntry>()
  let declaredTotal = 0
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) {
      throw damaged('the EPUB is truncated or damaged: its zip directory is broken.')
    }
    const nameLength = u16(bytes, at + 28)
    const flags = u16(bytes, at + 8)
    const rawName = entryName(bytes.subarray(at + 46, at + 46 + nameLength), flags)
    if (flags & ENCRYPTED_FLAG)
      throw damaged('the archive is password-protected, so the book cannot be read.')
    const entry: ZipEntry = withZip64Extra(
      {
        name: rawName,
        method: u16(bytes, at + 10),
        compressedSize: u32(bytes, at + 20),
        size: u32(bytes, at + 24),
        localHeaderOffset: u32(bytes, at + 42),
      },
      bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + u16(bytes, at + 30)),
    )
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (rawName.endsWith('/')) continue
    const name = normalizeEntryName(rawName)
    if (name === null)
      throw damaged(`the archive has an entry that points outside its folder (${rawName}).`)
    if (entry.size > limits.maxEntryBytes) {
      throw damaged(
        `the entry ${name} would unpack to ${entry.size} bytes, more than Margin allows (a zip bomb?).`,
      )
    }
    declaredTotal += entry.size
    if (declaredTotal > limits.maxTotalBytes) {
      throw damaged('the archive would unpack to more than Margin allows (a zip bomb?).')
    }
    entries.set(name, { ...entry, name })
  }

  let inflatedTotal = 0
  // Hrefs differ from entry names in case (Windows tools) and Unicode form (macOS zips names in NFD).
  const looseNames = new Map([...entries.keys()].map((k) => [looseName(k), k]))

  function dataOf(entry: ZipEntry): Uint8Array {
    const local = entry.localHeaderOffset
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) {
      throw damaged(`the EPUB is truncated or damaged: ${entry.name} cannot be read.`)
    }
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
    if (start + entry.compressedSize > bytes.length) {
      throw damaged(`the EPUB is truncated: ${entry.name} is cut off.`)
    }
    return bytes.subarray(start, start + entry.compressedSize)
  }

  function inflate(entry: ZipEntry, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = []
    let produced = 0
    let overflow = false
    const inflater = new Inflate((chunk) => {
      produced += chunk.length
      if (produced > entry.size || inflatedTotal + produced > limits.maxTotalBytes) overflow = true
      else chunks.push(chunk)
    })
    try {
      for (let offset = 0; offset < data.length && !overflow; offset += INPUT_CHUNK) {
        const next = offset + INPUT_CHUNK
        inflater.push(data.subarray(offset, next), next >= data.length)
      }
    } catch {
      throw damaged(`the EPUB is damaged: ${entry.name} cannot be unpacked.`)
    }
    if (overflow) throw damaged(`${entry.name} unpacks to more than it declares (a zip bomb?).`)
    const out = new Uint8Array(produced)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }

  return {
    names(): string[] {
      return [...entries.keys()]
    },
    /** The stored name for a path, matched exactly or else case-insensitively (EPUBs made on Windows). */
    resolve(path: string): string | null {
      const name = normalizeEntryName(path)
      if (name === null) return null
      return entries.has(name) ? name : (looseNames.get(looseName(name)) ?? null)
    },
    read(path: string): Uint8Array | null {
      const name = this.resolve(path)
      const entry = name === null ? undefined : entries.get(name)
      if (!entry) return null
      const data = dataOf(entry)
      let out: Uint8Array
      if (entry.method === 0) out = data.slice(0, entry.size)
      else if (entry.method === 8) out = inflate(entry, data)
      else throw damaged(unsupportedMethod(entry))
      inflatedTotal += out.length
      if (inflatedTotal > limits.maxTotalBytes)
        throw damaged('the archive unpacks to more than Margin allows (a zip bomb?).')
      return out
    },
    readText(path: string): string | null {
      const data = this.read(path)
      return data === null ? null : decodeXmlBytes(data)
    },
  }
}
