/** File name endings Margin imports; anything else in a dropped folder is passed over. */
export const IMPORTABLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'epub', 'mhtml', 'mht'] as const

export function isImportableName(name: string): boolean {
  if (name.startsWith('.')) return false
  const extension = /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension)
}
