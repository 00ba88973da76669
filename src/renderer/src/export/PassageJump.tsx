import { useEffect, useState } from 'react'
import { useReaderNavigation, useReaderViewport } from '../reader/reader-navigation'
import { passageOffsetInHash } from './passage-link'

/** Honours links made by the exports (`#/read/<id>?at=<offset>`): puts that passage at the top. */
export function PassageJump() {
  const navigation = useReaderNavigation()
  const { visible } = useReaderViewport()
  const [target, setTarget] = useState(() => passageOffsetInHash(location.hash))
  const [tries, setTries] = useState(0)

  useEffect(() => {
    const onHashChange = () => {
      setTarget(passageOffsetInHash(location.hash))
      setTries(0)
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])

  useEffect(() => {
    if (target === null || !navigation.document || tries >= 4) return
    // The reader also restores the saved position as the document opens; aim again until the passage shows.
    if (visible && visible.startOffset <= target && target <= visible.endOffset && tries > 0) return
    const timer = setTimeout(
      () => {
        navigation.jumpToOffset(Math.min(target, navigation.chars))
        setTries((n) => n + 1)
      },
      tries === 0 ? 0 : 250,
    )
    return () => clearTimeout(timer)
  }, [target, navigation, visible, tries])

  return null
}
