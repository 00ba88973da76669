/**
 * Passage links (`margin://app/#/read/<id>?at=<offset>`, written by the note exports) opened from
 * other apps: Margin registers the `margin` scheme with the operating system, and the link arrives
 * on the command line (Windows, Linux: first launch or a second instance) or by `open-url` (macOS).
 */
import { resolve } from 'node:path'
import type { App } from 'electron'
import {
  PASSAGE_LINK_SCHEME,
  passageInDesktopLink,
  type PassageTarget,
} from '../../shared/passage-link'

/** The passages named by passage links among command-line arguments. */
export function passagesIn(argv: readonly string[]): PassageTarget[] {
  return argv.flatMap((arg) => {
    const target = passageInDesktopLink(arg)
    return target ? [target] : []
  })
}

/**
 * Makes Margin the handler of `margin:` links and hands each macOS `open-url` link to `open`
 * (links on a command line are the caller's: see `passagesIn`).
 */
export function registerPassageLinks(
  app: Pick<App, 'setAsDefaultProtocolClient' | 'on'>,
  open: (target: PassageTarget) => void,
  launch: { defaultApp: boolean; execPath: string; appPath: string | undefined },
): void {
  // Started as `electron .` (development), the OS must run Electron with the app's folder.
  if (launch.defaultApp && launch.appPath)
    app.setAsDefaultProtocolClient(PASSAGE_LINK_SCHEME, launch.execPath, [resolve(launch.appPath)])
  else app.setAsDefaultProtocolClient(PASSAGE_LINK_SCHEME)
  app.on('open-url', (event, url) => {
    event.preventDefault()
    const target = passageInDesktopLink(url)
    if (target) open(target)
  })
}
