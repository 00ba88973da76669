import type { HighlightColor } from '../db/schema'

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  pink: 'pink',
  purple: 'purple',
}
