import { BrowserWindow, type WebPreferences } from 'electron'

export const SECURE_WEB_PREFERENCES: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
}

export interface MainWindowOptions {
  preloadPath: string
  url: string
  iconPath?: string
}

/** The one window: sandboxed, isolated, and unable to navigate away or open others. */
export function createMainWindow({ preloadPath, url, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 480,
    minHeight: 360,
    title: 'Margin',
    show: false,
    backgroundColor: '#faf8f3',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-redirect', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
