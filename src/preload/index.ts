import { contextBridge, ipcRenderer } from 'electron'
import { createMarginApi } from '../shared/ipc/margin-api'

// Named functions only: the page never sees ipcRenderer or a generic invoke.
const margin = createMarginApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (event, listener) => {
    const forward = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => void ipcRenderer.removeListener(event, forward)
  },
  'electron',
)

contextBridge.exposeInMainWorld('margin', margin)
