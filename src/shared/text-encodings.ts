/** Encodings a user may pick for a text file (WHATWG names, and UTF-32, which Margin decodes itself), with names people know. */
export const ENCODING_CHOICES = [
  { name: 'utf-8', label: 'Unicode (UTF-8)' },
  { name: 'gb18030', label: 'Chinese, Simplified (GB18030)' },
  { name: 'gbk', label: 'Chinese, Simplified (GBK)' },
  { name: 'big5', label: 'Chinese, Traditional (Big5)' },
  { name: 'utf-16le', label: 'Unicode (UTF-16 LE)' },
  { name: 'utf-16be', label: 'Unicode (UTF-16 BE)' },
  { name: 'utf-32le', label: 'Unicode (UTF-32 LE)' },
  { name: 'utf-32be', label: 'Unicode (UTF-32 BE)' },
  { name: 'shift_jis', label: 'Japanese (Shift_JIS)' },
  { name: 'euc-jp', label: 'Japanese (EUC-JP)' },
  { name: 'euc-kr', label: 'Korean (EUC-KR)' },
  { name: 'windows-1252', label: 'Western (Windows-1252)' },
  { name: 'macintosh', label: 'Western (Mac Roman)' },
  { name: 'iso-8859-2', label: 'Central European (ISO-8859-2)' },
  { name: 'windows-1250', label: 'Central European (Windows-1250)' },
  { name: 'windows-1251', label: 'Cyrillic (Windows-1251)' },
  { name: 'koi8-r', label: 'Cyrillic (KOI8-R)' },
  { name: 'windows-1253', label: 'Greek (Windows-1253)' },
  { name: 'windows-1254', label: 'Turkish (Windows-1254)' },
  { name: 'windows-1255', label: 'Hebrew (Windows-1255)' },
  { name: 'windows-1256', label: 'Arabic (Windows-1256)' },
  { name: 'windows-874', label: 'Thai (Windows-874)' },
] as const

export type EncodingName = (typeof ENCODING_CHOICES)[number]['name']
export const ENCODING_NAMES = ENCODING_CHOICES.map((c) => c.name) as [
  EncodingName,
  ...EncodingName[],
]

export function encodingLabel(name: string | null): string {
  if (!name) return 'Set by the file'
  return ENCODING_CHOICES.find((c) => c.name === name)?.label ?? name.toUpperCase()
}
