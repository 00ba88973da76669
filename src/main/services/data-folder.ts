import { homedir } from 'node:os'
import { join } from 'node:path'

/** The same folder Electron's app.getPath('userData') gives for the product name "Margin". */
export function defaultDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Margin')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Margin')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Margin')
}
