/**
 * Inline markup kept in Block.html. Margin writes this markup itself from an allowlist:
 * tags carry no attributes except a checked href on links, and all text is escaped, so no
 * script, event handler, style or javascript: URL from a document can survive into it.
 */
const INLINE_TAGS: Record<string, string> = {
  em: 'em',
  i: 'em',
  cite: 'cite',
  dfn: 'em',
  var: 'em',
  strong: 'strong',
  b: 'strong',
  u: 'u',
  ins: 'u',
  s: 's',
  del: 's',
  strike: 's',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sub: 'sub',
  sup: 'sup',
  small: 'small',
  mark: 'mark',
  ruby: 'ruby',
  rt: 'rt',
  rp: 'rp',
  abbr: 'abbr',
  q: 'q',
}

/** The tag Margin writes for a source inline tag, or null to keep only its content. */
export function safeInlineTag(tagName: string): string | null {
  return INLINE_TAGS[tagName] ?? null
}

/** A link target worth keeping: web and mail addresses only (no javascript:, data:, file: or relative paths). */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null
  const trimmed = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return null
  try {
    return new URL(trimmed).href
  } catch {
    return null
  }
}

/** A link into the document or its package (no scheme, not protocol-relative), trimmed; null otherwise. */
export function internalHref(href: string | undefined): string | null {
  // As URL parsers do: tabs and newlines anywhere and control characters or spaces at the ends go.
  const trimmed =
    href?.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '') ?? ''
  if (trimmed === '' || trimmed === '#' || trimmed.startsWith('//')) return null
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? null : trimmed
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** True when the markup is more than escaped text, i.e. worth storing beside the plain text. */
export function hasMarkup(html: string): boolean {
  return /<[a-z]/.test(html)
}
