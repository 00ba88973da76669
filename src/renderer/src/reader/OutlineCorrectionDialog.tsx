import type { Block, OutlineEntry, ParsedDocument } from '../../../shared/document-model'
import { ModalDialog } from '../dialogs/ModalDialog'
import { OutlineCorrectionActions } from '../library/OutlineCorrectionActions'

interface OutlineCorrectionDialogProps {
  documentId: string
  block: Block
  entry: OutlineEntry | undefined
  onCorrected: (doc: ParsedDocument) => void
  onClose: () => void
}

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}

/** The block's place in the table of contents, opened from its context menu or its outline entry. */
export function OutlineCorrectionDialog({
  documentId,
  block,
  entry,
  onCorrected,
  onClose,
}: OutlineCorrectionDialogProps) {
  return (
    <ModalDialog
      title="Table of contents"
      onClose={onClose}
      className="reader-dialog reader-dialog--narrow"
    >
      <div className="reader-dialog__section outline-correction">
        <p className="outline-correction__block">
          {entry
            ? `Entry “${entry.title}”, level ${entry.level}`
            : `“${excerpt(block.text)}” is not in the contents.`}
        </p>
        <OutlineCorrectionActions
          key={`${entry?.title ?? ''}|${entry?.level ?? 0}|${block.type}`}
          documentId={documentId}
          block={block}
          entry={entry}
          onCorrected={onCorrected}
        />
      </div>
    </ModalDialog>
  )
}
