import { useCallback, useRef, type KeyboardEvent } from 'react'

/**
 * A menu drawn as a <details> (its <summary> the button): Escape closes it and gives the focus
 * back to its button, as a menu button does, from the button or from inside the menu; choosing
 * an item closes it the same way (`close`). A <details> does neither of itself.
 */
export function useDetailsMenu() {
  const ref = useRef<HTMLDetailsElement>(null)
  const close = useCallback(() => {
    const details = ref.current
    if (!details?.open) return
    details.open = false
    // The item chosen is hidden with the menu: the focus would be lost to the page.
    details.querySelector<HTMLElement>(':scope > summary')?.focus()
  }, [])
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDetailsElement>) => {
      if (event.key !== 'Escape' || !ref.current?.open) return
      event.preventDefault()
      // Closes this menu only, not a dialog or a menu it sits in.
      event.stopPropagation()
      close()
    },
    [close],
  )
  return { ref, onKeyDown, close }
}
