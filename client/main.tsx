import './app/styles.css'
// The stylesheets of the shell's components (Layout, its user menu): the entry's, so index.html
// holds them before any script runs (vite.config.ts, par-inline-stylesheets).
import './app/print.css'
import './app/routes/layout.css'
import './features/auth/components/forms.css'

// The app's modules take a long task to evaluate on a phone (React, the router, i18n): they are
// evaluated after the browser has drawn index.html's shell, not before its first frame. The build
// lists boot.tsx and its chunks in index.html (modulepreload), so they download meanwhile.
let booted = false
function boot() {
  if (booted) return
  booted = true
  void import('./boot.tsx')
}
// After the next frame has been painted (a timer set in a frame callback runs after its paint)…
requestAnimationFrame(() => setTimeout(boot, 0))
// …or at once in a tab opened in the background, which draws no frames.
if (document.visibilityState === 'hidden') boot()
