/** The title bar of a reader side panel: its name, how many items it lists, a close button. */
export function SidePanelHeader({
  title,
  count,
  closeLabel,
  onClose,
}: {
  title: string
  count: number
  closeLabel: string
  onClose(): void
}) {
  return (
    <header className="side-panel__header">
      <h2>{title}</h2>
      <span className="side-panel__count">{count}</span>
      <button
        type="button"
        className="button button--small"
        aria-label={closeLabel}
        onClick={onClose}
      >
        ×
      </button>
    </header>
  )
}
