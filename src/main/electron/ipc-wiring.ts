import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import { dispatch, type HandlerTable } from '../../shared/ipc/handler-table'

/** Only our own window's main frame, showing our own page, may call the handlers. */
export function isTrustedSender(event: IpcMainInvokeEvent, trustedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== event.sender.mainFrame) return false
  return trustedOrigins.includes(originOf(frame.url))
}

/** scheme://host; Node's URL gives custom schemes an opaque "null" origin, so build it by hand. */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return ''
  }
}

export function wireIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  trustedOrigins: readonly string[],
  onUnexpected: (error: unknown) => void = (error) => console.error(error),
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event, trustedOrigins)) {
        return { ok: false, error: { code: 'unsupported', message: 'Request from an untrusted page refused.' } }
      }
      return dispatch(handlers, channel, args, onUnexpected)
    })
  }
}
