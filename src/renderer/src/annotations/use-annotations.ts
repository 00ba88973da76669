import { useLiveQuery } from 'dexie-react-hooks'
import { marginDb } from '../db/margin-db'
import type { AnnotationRecord, BookmarkRecord } from '../db/schema'
import { allAnnotations, documentAnnotations } from './annotation-store'
import { documentBookmarks } from './bookmark-store'

// Live queries: a write in any window of this origin re-runs them (Dexie broadcasts changes). null = loading.

export function useDocumentAnnotations(documentId: string): AnnotationRecord[] | null {
  return useLiveQuery(() => documentAnnotations(marginDb(), documentId), [documentId], null)
}

export function useAllAnnotations(): AnnotationRecord[] | null {
  return useLiveQuery(() => allAnnotations(marginDb()), [], null)
}

export function useDocumentBookmarks(documentId: string): BookmarkRecord[] | null {
  return useLiveQuery(() => documentBookmarks(marginDb(), documentId), [documentId], null)
}
