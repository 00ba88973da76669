import { unwrap } from '../bridge/call-margin'

/**
 * Saves an export: through the native save dialog in the desktop app (the main process writes it
 * atomically), as a download in browser mode. Answers where it went, or null when cancelled.
 */
export async function saveExport(
  name: string,
  content: string | Uint8Array,
  mimeType: string,
): Promise<string | null> {
  if (window.margin.platform === 'electron') {
    const saved = await unwrap(window.margin.saveFile(name, content))
    return saved.saved ? (saved.path ?? name) : null
  }
  const type = typeof content === 'string' ? `${mimeType};charset=utf-8` : mimeType
  const blob = new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return name
}
