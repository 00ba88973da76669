import { beforeEach, describe, expect, it, vi } from 'vitest'

const created: { options: Record<string, unknown>; handlers: Map<string, (...args: unknown[]) => unknown>; openHandler?: () => unknown; loaded?: string }[] = []

vi.mock('electron', () => {
  class BrowserWindow {
    readonly handlers = new Map<string, (...args: unknown[]) => unknown>()
    readonly record: (typeof created)[number]
    webContents: { on: (e: string, h: (...args: unknown[]) => unknown) => void; setWindowOpenHandler: (h: () => unknown) => void }
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: this.handlers }
      created.push(this.record)
      this.webContents = {
        on: (event, handler) => void this.handlers.set(event, handler),
        setWindowOpenHandler: (handler) => void (this.record.openHandler = handler),
      }
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url
      return Promise.resolve()
    }
  }
  return { BrowserWindow }
})

const { createMainWindow } = await import('../../../../src/main/electron/secure-window')

describe('createMainWindow', () => {
  beforeEach(() => void (created.length = 0))

  it('isolates and sandboxes the page, with no Node in it', () => {
    createMainWindow({ preloadPath: '/app/preload/index.cjs', url: 'margin://app/' })
    const prefs = created[0]!.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/preload/index.cjs',
    })
    expect(created[0]!.loaded).toBe('margin://app/')
  })

  it('refuses navigation and new windows', () => {
    createMainWindow({ preloadPath: 'p', url: 'margin://app/' })
    const { handlers, openHandler } = created[0]!
    const event = { preventDefault: vi.fn() }
    handlers.get('will-navigate')!(event, 'https://example.com')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(openHandler!()).toEqual({ action: 'deny' })
  })
})
