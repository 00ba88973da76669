import type { EventName, EventPayloads } from '../../shared/ipc/events'

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

/** Fans main-side events out to whatever is listening (Electron windows, browser-mode streams). */
export function createEventHub() {
  const listeners = new Set<Listener>()
  return {
    emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
      for (const listener of listeners) listener(event, payload)
    },
    listen(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type EventHub = ReturnType<typeof createEventHub>
