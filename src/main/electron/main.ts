import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { createDocumentStore } from '../services/document-store'
import { createEventHub } from '../services/event-hub'
import { createMarginHandlers } from '../services/margin-handlers'
import { createWorkerImport } from '../services/parse-in-worker'
import { installAppMenu } from './app-menu'
import { APP_URL, handleAppProtocol, registerAppScheme } from './app-protocol'
import { handleAssetProtocol } from './asset-protocol'
import { originOf, wireIpc } from './ipc-wiring'
import { passagesIn, registerPassageLinks } from './passage-links'
import { createMainWindow } from './secure-window'
import type { PassageTarget } from '../../shared/passage-link'

const here = dirname(fileURLToPath(import.meta.url))
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

registerAppScheme()

/** Paths on a command line that name files (for "Open with Margin"). */
function filesIn(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => {
    if (arg.startsWith('-') || arg === '.') return false
    try {
      return statSync(arg).isFile()
    } catch {
      return false
    }
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  const pendingFiles: string[] = filesIn(process.argv)
  let openFiles: (paths: string[]) => Promise<void> = async (paths) =>
    void pendingFiles.push(...paths)
  const pendingPassages: PassageTarget[] = passagesIn(process.argv)
  let openPassage: (target: PassageTarget) => void = (target) => void pendingPassages.push(target)
  registerPassageLinks(app, (target) => openPassage(target), {
    defaultApp: Boolean(process.defaultApp),
    execPath: process.execPath,
    appPath: process.argv[1],
  })
  // macOS sends "Open with Margin" files before the app is ready: queue them until the window loads.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    void openFiles([path])
  })

  void app.whenReady().then(() => {
    const events = createEventHub()
    // Parsing runs in a worker thread so a long import never freezes the window; on import the
    // worker also writes the parsed document into the staging folder (no big clone back).
    const { parse, parseInto } = createWorkerImport(join(here, 'import-worker.js'))
    const store = createDocumentStore({ root: app.getPath('userData'), parse, parseInto })

    async function pickFiles(): Promise<string[]> {
      const result = await dialog.showOpenDialog({
        title: 'Import into Margin',
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: 'Documents',
            extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'epub', 'mhtml', 'mht'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      })
      return result.canceled ? [] : result.filePaths
    }

    async function chooseSavePath(suggestedName: string): Promise<string | null> {
      const extension = /\.([A-Za-z0-9]+)$/.exec(suggestedName)?.[1]
      const result = await dialog.showSaveDialog({
        title: 'Save from Margin',
        defaultPath: join(app.getPath('documents'), suggestedName),
        ...(extension
          ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
          : {}),
      })
      return result.canceled || !result.filePath ? null : result.filePath
    }

    async function pickFolder(): Promise<string | null> {
      const result = await dialog.showOpenDialog({
        title: 'Import a folder into Margin',
        properties: ['openDirectory'],
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }

    const handlers = createMarginHandlers({
      store,
      events,
      pickFiles,
      pickFolder,
      dataFolder: app.getPath('userData'),
      chooseSavePath,
      appVersion: app.getVersion(),
    })
    const importAndOpen = async (paths: string[]): Promise<void> => {
      for (const path of paths) {
        try {
          const meta = await store.importBytes(basename(path), await readFile(path), {
            sourcePath: path,
          })
          events.emit('margin:event.libraryChanged', {})
          events.emit('margin:event.openDocument', { id: meta.id })
        } catch (error) {
          dialog.showErrorBox(
            'Margin could not open the file',
            error instanceof Error ? error.message : String(error),
          )
        }
      }
    }

    // No page of ours asks for a camera, notifications or the like: refuse them all.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    )
    session.defaultSession.setPermissionCheckHandler(() => false)

    handleAppProtocol(join(here, '../renderer'))
    handleAssetProtocol((id, name) => store.readAsset(id, name))
    const trustedOrigins = [originOf(APP_URL), ...(devServerUrl ? [originOf(devServerUrl)] : [])]
    wireIpc(ipcMain, handlers, trustedOrigins)
    events.listen((event, payload) => mainWindow?.webContents.send(event, payload))
    installAppMenu({
      isDevelopment: !app.isPackaged,
      importFiles: () => void handlers['margin:library.importFromDialog']({}).catch(() => {}),
    })

    mainWindow = createMainWindow({
      preloadPath: join(here, '../preload/index.cjs'),
      url: devServerUrl ?? APP_URL,
      iconPath: join(here, '../../resources/icon.png'),
    })
    // A passage link names a document by id; one not in the library (or in the trash) is said so.
    const showPassage = async ({ documentId, at }: PassageTarget): Promise<void> => {
      try {
        await store.meta(documentId)
        mainWindow?.focus()
        events.emit('margin:event.openDocument', { id: documentId, at })
      } catch {
        dialog.showErrorBox(
          'Margin cannot open this link',
          'The document it points to is not in your library. Import the file again (or restore it from the trash) and the link will work.',
        )
      }
    }
    mainWindow.webContents.once('did-finish-load', () => {
      openFiles = importAndOpen
      openPassage = (target) => void showPassage(target)
      void importAndOpen(pendingFiles.splice(0))
      for (const target of pendingPassages.splice(0)) void showPassage(target)
    })
    mainWindow.on('closed', () => (mainWindow = null))

    app.on('second-instance', (_event, argv) => {
      if (mainWindow) {
        if (mainWindow.isMinimized()) mainWindow.restore()
        mainWindow.focus()
      }
      void openFiles(filesIn(argv))
      for (const target of passagesIn(argv)) openPassage(target)
    })
  })

  app.on('window-all-closed', () => app.quit())
}
