import { useCallback, useEffect, useRef } from 'react'

/** Where the focus goes: the first of the elements found, in order. */
type Targets = () => (HTMLElement | null | undefined)[]

/**
 * Moves the keyboard's focus once an action's change is on screen. A button that adds, removes
 * or chooses something is often gone or disabled once its change is drawn (a unit's ✕, the
 * search result chosen): the focus fell to the page, and the next Tab started from its top. The
 * change is drawn when the router's navigation commits, later than the click: `focusAfter` is
 * called on the click, and the focus moves on the first commit where `state` (what the action
 * changes, e.g. the units' codes) differs from the one it was called in.
 */
export function useFocusAfterChange(state: string): (targets: Targets) => void {
  const pending = useRef<{ from: string; targets: Targets } | null>(null)
  useEffect(() => {
    const asked = pending.current
    if (!asked || asked.from === state) return
    pending.current = null
    asked
      .targets()
      .find((el) => el?.isConnected && !el.matches(':disabled'))
      ?.focus()
  }, [state])
  return useCallback(
    (targets: Targets) => {
      pending.current = { from: state, targets }
    },
    [state],
  )
}
