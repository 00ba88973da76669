/**
 * One buffer the JavaScript decoders write UTF-16 units into before making the string, reused
 * from file to file: a new one of twice the file's size each time grew Node's external memory
 * fast enough to set off extra full garbage collections during the imports that followed. It is
 * let go a few seconds after the last decode, so an idle app does not keep it.
 */
const RELEASE_AFTER_MS = 5_000
const KEEP_AT_MOST_BYTES = 128 * 1024 * 1024

let scratch: Buffer | null = null
let release: NodeJS.Timeout | undefined

/** A buffer of at least `units` UTF-16 units, and a view of them; valid until the next call. */
export function unitScratch(units: number): { buffer: Buffer; units: Uint16Array } {
  if (units * 2 > KEEP_AT_MOST_BYTES) {
    // A file of hundreds of megabytes: its buffer is not kept for the next one.
    const buffer = Buffer.allocUnsafeSlow(units * 2)
    return { buffer, units: new Uint16Array(buffer.buffer, buffer.byteOffset, units) }
  }
  if (!scratch || scratch.length < units * 2) scratch = Buffer.allocUnsafeSlow(units * 2)
  clearTimeout(release)
  release = setTimeout(() => (scratch = null), RELEASE_AFTER_MS)
  release.unref()
  return { buffer: scratch, units: new Uint16Array(scratch.buffer, scratch.byteOffset, units) }
}
