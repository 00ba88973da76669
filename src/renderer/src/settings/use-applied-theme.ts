import { useEffect, useSyncExternalStore } from 'react'
import { resolveTheme } from './reader-settings'
import { useReaderSettings } from './settings-store'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function subscribeToColorScheme(listener: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY)
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}
const prefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false

/** Puts the chosen theme on <html data-theme>, following the system when asked to. */
export function useAppliedTheme(): void {
  const settings = useReaderSettings()
  const dark = useSyncExternalStore(subscribeToColorScheme, prefersDark)
  const theme = settings ? resolveTheme(settings.theme, dark) : null
  useEffect(() => {
    if (theme) document.documentElement.dataset['theme'] = theme
  }, [theme])
}
