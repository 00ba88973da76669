import { zipSync, strToU8, type Zippable } from 'fflate'

/** A tiny valid PNG (1×1), for EPUBs and pages built in tests. */
export const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
)

export const CONTAINER = (opfPath = 'OEBPS/content.opf') =>
  `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="${opfPath}" media-type="application/oebps-package+xml"/></rootfiles></container>`

export interface TestBook {
  title?: string
  language?: string
  /** `manifestHref`: the href as the package writes it (percent-encoded, other case), when it differs from the file's name. */
  chapters: { id: string; href: string; body: string; manifestHref?: string }[]
  extraManifest?: string
  ncx?: string
  files?: Record<string, Uint8Array | string>
  opfPath?: string
  metadataExtra?: string
  spineToc?: boolean
  /** An EPUB 2 `<guide>` element, written after the spine. */
  guide?: string
  /** Attributes of `<spine>`, written as they are (page-progression-direction="rtl"). */
  spineAttributes?: string
}

const xhtml = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>${body}</body></html>`

/** An EPUB 2 zipped with fflate's zipSync; mimetype deliberately not first nor stored, like most real ones. */
export function buildEpub(book: TestBook): Uint8Array {
  const opfPath = book.opfPath ?? 'OEBPS/content.opf'
  const folder = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : ''
  const manifest = book.chapters
    .map(
      (c) =>
        `<item id="${c.id}" href="${c.manifestHref ?? c.href}" media-type="application/xhtml+xml"/>`,
    )
    .join('')
  const spine = book.chapters.map((c) => `<itemref idref="${c.id}"/>`).join('')
  const opf = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${book.title ?? 'Test Book'}</dc:title><dc:creator>Ann Author</dc:creator><dc:language>${book.language ?? 'en'}</dc:language>${book.metadataExtra ?? ''}</metadata><manifest>${manifest}${book.ncx !== undefined ? '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>' : ''}${book.extraManifest ?? ''}</manifest><spine${book.spineAttributes ? ' ' + book.spineAttributes : ''}${book.ncx !== undefined && book.spineToc !== false ? ' toc="ncx"' : ''}>${spine}</spine>${book.guide ?? ''}</package>`
  const files: Zippable = {
    'META-INF/container.xml': strToU8(CONTAINER(opfPath)),
    [opfPath]: strToU8(opf),
    mimetype: strToU8('application/epub+zip'),
  }
  for (const c of book.chapters) files[folder + c.href] = strToU8(xhtml(c.body))
  if (book.ncx !== undefined) files[folder + 'toc.ncx'] = strToU8(book.ncx)
  for (const [path, content] of Object.entries(book.files ?? {})) {
    files[path] = typeof content === 'string' ? strToU8(content) : content
  }
  return zipSync(files)
}
