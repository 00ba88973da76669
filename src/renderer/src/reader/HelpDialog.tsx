import { ModalDialog } from '../dialogs/ModalDialog'

/** The keyboard shortcuts of the reader and of the features in it. */
export function HelpDialog({
  shortcuts,
  onClose,
}: {
  shortcuts: readonly { keys: string; action: string }[]
  onClose: () => void
}) {
  return (
    <ModalDialog
      title="Keyboard shortcuts"
      onClose={onClose}
      className="reader-dialog reader-dialog--narrow"
    >
      <table className="reader-shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(({ keys, action }) => (
            <tr key={keys + action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  )
}
