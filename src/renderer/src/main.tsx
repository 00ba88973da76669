import '@fontsource/noto-serif-sc/400.css'
import '@fontsource/noto-serif-sc/700.css'
import '@fontsource/source-serif-4/400.css'
import '@fontsource/source-serif-4/400-italic.css'
import '@fontsource/source-serif-4/700.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { SafetyCopyGuard } from './backup/SafetyCopyGuard'
import { installWebBridge } from './bridge/web-bridge'

installWebBridge()
// Ask the browser not to evict the notes under storage pressure.
void navigator.storage?.persist?.().catch(() => false)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <SafetyCopyGuard />
  </StrictMode>,
)
