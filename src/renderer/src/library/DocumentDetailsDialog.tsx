import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { DocumentMeta } from '../../../shared/document-model'
import type { EncodingPreview } from '../../../shared/ipc/documents'
import { ENCODING_CHOICES, encodingLabel, type EncodingName } from '../../../shared/text-encodings'
import { unwrap } from '../bridge/call-margin'
import { formatDate, formatSize } from './describe-document'
import { ModalDialog } from '../dialogs/ModalDialog'

interface DocumentDetailsDialogProps {
  doc: DocumentMeta
  onClose: () => void
  onTrashed: (doc: DocumentMeta) => void
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** A document's metadata, with renaming, author editing, a change of encoding and moving to the trash. */
export function DocumentDetailsDialog({ doc, onClose, onTrashed }: DocumentDetailsDialogProps) {
  const [title, setTitle] = useState(doc.title)
  const [author, setAuthor] = useState(doc.author ?? '')
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()

  async function act(work: () => Promise<string>) {
    setBusy(true)
    setMessage(null)
    try {
      setMessage({ kind: 'success', text: await work() })
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) })
    } finally {
      setBusy(false)
    }
  }

  function save(event: FormEvent) {
    event.preventDefault()
    void act(async () => {
      const saved = await unwrap(window.margin.editDocumentDetails(doc.id, { title: title.trim() || null, author: author.trim() }))
      setTitle(saved.title)
      setAuthor(saved.author ?? '')
      return 'Saved.'
    })
  }

  const confidence = doc.encodingConfidence === null ? null : Math.round(doc.encodingConfidence * 100)

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="modal details">
      <h2 id={titleId} className="details__heading">
        Document details
      </h2>
      <form className="details__form" onSubmit={save}>
        <label className="field">
          <span className="field__label">Title</span>
          <input className="field__input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </label>
        <label className="field">
          <span className="field__label">Author</span>
          <input className="field__input" value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={500} />
        </label>
        <div className="details__row">
          <button type="submit" className="button button--primary" disabled={busy}>
            Save title and author
          </button>
          {doc.edits?.title !== undefined && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  const saved = await unwrap(window.margin.editDocumentDetails(doc.id, { title: null }))
                  setTitle(saved.title)
                  return 'The title from the file is back.'
                })
              }
            >
              Use the file’s title
            </button>
          )}
        </div>
      </form>

      <dl className="details__facts">
        <dt>Format</dt>
        <dd>{doc.format === 'markdown' ? 'Markdown' : doc.format.toUpperCase()}</dd>
        <dt>Language</dt>
        <dd>{doc.language ?? 'Unknown'}</dd>
        <dt>Encoding</dt>
        <dd>
          {encodingLabel(doc.encoding)}
          {doc.edits?.encoding ? ' (your choice)' : confidence !== null ? ` (detected, ${confidence}% sure)` : ''}
        </dd>
        <dt>Size</dt>
        <dd>
          {formatSize(doc.size)} · {doc.chars.toLocaleString()} characters
        </dd>
        <dt>Imported</dt>
        <dd>{formatDate(doc.importedAt)}</dd>
        <dt>File</dt>
        <dd className="details__file">{doc.sourceName}</dd>
      </dl>

      {doc.encoding !== null && <EncodingChooser doc={doc} busy={busy} act={act} />}

      {message && (
        <p className={`notice notice--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      <div className="details__row details__row--end">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await unwrap(window.margin.removeDocument(doc.id))
              onTrashed(doc)
              return 'Moved to the trash.'
            })
          }
        >
          Move to trash
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}

interface EncodingChooserProps {
  doc: DocumentMeta
  busy: boolean
  act: (work: () => Promise<string>) => Promise<void>
}

/** Pick another encoding, see the text decoded with it at once, then keep it. */
function EncodingChooser({ doc, busy, act }: EncodingChooserProps) {
  const current = (ENCODING_CHOICES.find((c) => c.name === doc.encoding)?.name ?? 'utf-8') as EncodingName
  const [choice, setChoice] = useState<EncodingName>(current)
  const [preview, setPreview] = useState<EncodingPreview | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const asked = useRef(0)

  useEffect(() => {
    const ask = ++asked.current
    unwrap(window.margin.previewEncoding(doc.id, choice)).then(
      (answer) => ask === asked.current && (setPreview(answer), setPreviewError(null)),
      (e: unknown) => ask === asked.current && setPreviewError(errorText(e)),
    )
  }, [doc.id, choice])

  return (
    <section className="details__encoding" aria-label="Encoding">
      <label className="field">
        <span className="field__label">Read the file as</span>
        <select className="field__input" value={choice} onChange={(e) => setChoice(e.target.value as EncodingName)}>
          {ENCODING_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <figure className="details__preview">
        <pre className="details__preview-text" aria-label="Preview of the text in this encoding" tabIndex={0}>
          {previewError ?? preview?.text ?? '…'}
        </pre>
        {preview && preview.replacements > 0 && (
          <figcaption className="details__preview-warning">
            {preview.replacements} characters do not decode in this encoding (shown as �).
          </figcaption>
        )}
      </figure>
      <button
        type="button"
        className="button"
        disabled={busy || choice === doc.encoding}
        onClick={() =>
          void act(async () => {
            await unwrap(window.margin.setDocumentEncoding(doc.id, choice))
            return `Margin now reads this file as ${encodingLabel(choice)}.`
          })
        }
      >
        Use this encoding
      </button>
    </section>
  )
}
