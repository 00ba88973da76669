/**
 * A forgiving XML reader for EPUB packaging files (container.xml, OPF, NCX).
 * It never reads a DTD: a DOCTYPE and its internal subset are skipped whole and only the five
 * predefined and numeric character references are decoded, so entity expansion ("billion laughs")
 * cannot happen. Mismatched tags and bare `&` are tolerated, as real EPUBs need.
 */
export interface XmlElement {
  /** Local name, lower case, without its namespace prefix. */
  name: string
  /** Attribute names lower case, prefixes kept (`opf:role`) and also stored without them. */
  attributes: Record<string, string>
  children: XmlNode[]
  parent: XmlElement | null
}
export type XmlNode = XmlElement | string

const PREDEFINED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return PREDEFINED[ref.toLowerCase()] ?? whole
  })
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase()
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase()
    const value = decodeXmlText(match[2] ?? match[3] ?? match[4] ?? '')
    attributes[name] = value
    const local = localName(name)
    if (!(local in attributes)) attributes[local] = value
  }
  return attributes
}

/**
 * XML bytes to text as the XML spec says: a BOM, else the declaration's encoding (OPFs and NCXs
 * written by Chinese tools in GBK, by Windows ones in UTF-16), else UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0)
      ? 'utf-16le'
      : (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c)
        ? 'utf-16be'
        : null
  if (utf16) return new TextDecoder(utf16).decode(bytes)
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256))
  const declared = /^(?:\u00ef\u00bb\u00bf)?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(
    head,
  )?.[1]
  let encoding = 'utf-8'
  try {
    if (declared) encoding = new TextDecoder(declared).encoding
  } catch {
    // an encoding nobody knows: read it as UTF-8
  }
  if (encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
    try {
      // Valid UTF-8 wins over a stale declaration (files converted without updating it).
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return new TextDecoder(encoding).decode(bytes)
    }
  }
  return new TextDecoder().decode(bytes)
}

/** Parses XML text into a tree under a synthetic root element named '#document'. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], parent: null }
  let current = root
  let i = 0
  const n = text.length
  while (i < n) {
    const lt = text.indexOf('<', i)
    if (lt === -1 || lt > i) {
      const chunk = text.slice(i, lt === -1 ? n : lt)
      if (chunk.trim() !== '') current.children.push(decodeXmlText(chunk))
      if (lt === -1) break
    }
    i = lt
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      i = end === -1 ? n : end + 3
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9)
      current.children.push(text.slice(i + 9, end === -1 ? n : end))
      i = end === -1 ? n : end + 3
    } else if (text.startsWith('<!', i)) {
      i = skipDeclaration(text, i)
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2)
      i = end === -1 ? n : end + 2
    } else {
      const end = findTagEnd(text, i + 1)
      const body = text.slice(i + 1, end)
      i = end + 1
      if (body.startsWith('/')) {
        const name = localName(body.slice(1).trim())
        // Close the nearest open element of that name; an unmatched end tag is ignored.
        for (let open: XmlElement | null = current; open && open !== root; open = open.parent) {
          if (open.name === name) {
            current = open.parent ?? root
            break
          }
        }
        continue
      }
      const selfClosing = body.endsWith('/')
      const match = /^([^\s/>]+)([\s\S]*?)\/?$/.exec(body)
      if (!match) continue
      const element: XmlElement = {
        name: localName(match[1]!),
        attributes: readAttributes(match[2] ?? ''),
        children: [],
        parent: current,
      }
      current.children.push(element)
      if (!selfClosing) current = element
    }
  }
  return root
}

/** Skips `<!DOCTYPE …>` including an internal subset in brackets, whose entities are never read. */
function skipDeclaration(text: string, start: number): number {
  let depth = 0
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i]
    if (c === '[') depth++
    else if (c === ']') depth = Math.max(0, depth - 1)
    else if (c === '>' && depth === 0) return i + 1
  }
  return text.length
}

function findTagEnd(text: string, from: number): number {
  let quote: string | null = null
  for (let i = from; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
  }
  return text.length
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  )
}

/** All descendants with that local name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue
      if (child.name === name) found.push(child)
      walk(child)
    }
  }
  walk(element)
  return found
}

export function findFirst(element: XmlElement, name: string): XmlElement | null {
  return findAll(element, name)[0] ?? null
}

export function textOf(element: XmlElement): string {
  return element.children
    .map((c) => (typeof c === 'string' ? c : textOf(c)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
