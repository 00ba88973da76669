import type { ReaderExtension } from './reader-navigation'

/**
 * Features mounted inside the reader (see reader-navigation.ts for what they can use).
 * Add one line per feature; the reader renders them in this order.
 */
export const READER_EXTENSIONS: readonly ReaderExtension[] = []
