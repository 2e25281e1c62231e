import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { initI18n } from './app/i18n/i18n.ts'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')
// React replaces index.html's shell with the app on its first render.
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
