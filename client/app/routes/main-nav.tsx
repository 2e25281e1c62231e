import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

/** One main navigation a page: index.html's shell names the list with the same id. */
const LIST_ID = 'main-nav-pages'

export type MainNavItem = {
  /** The page's path, without the view carried along. */
  path: string
  /** The path with the view carried along (cohort, year, unit in focus). */
  to: string
  label: string
}

/**
 * The main navigation. On a wide screen a row of every page's link. On a phone (layout.css) the
 * row cut "So sánh", "Nhiệm vụ" and "Khen thưởng" off past the screen's edge, and nothing said
 * it scrolled: a reader could miss the awards page. There the links wait behind one button that
 * names the current page and opens them all, each a tap away; Escape closes them and gives the
 * focus back to the button, a page chosen closes them and the page's heading takes the focus
 * (ADR 068). The button is hidden on a wide screen.
 */
export function MainNav({ items, pathname }: { items: MainNavItem[]; pathname: string }) {
  const { t } = useTranslation()
  // The page the list was opened on: back, forward or a link in the page closes it, as a link
  // chosen from it does.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const button = useRef<HTMLButtonElement>(null)
  const current = items.find(
    (item) => pathname === item.path || pathname.startsWith(`${item.path}/`),
  )
  const close = () => {
    if (!open) return
    setOpenOn(null)
    // The link chosen (or focused) is hidden with the list: the focus would fall to the page.
    button.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    event.stopPropagation()
    close()
  }
  return (
    <nav aria-label={t('app.mainNav')} className="main-nav" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="nav-toggle"
        ref={button}
        aria-expanded={open}
        aria-controls={LIST_ID}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="nav-toggle-icon" aria-hidden="true" />
        <span className="nav-toggle-label">{t('app.pages')}</span>
        <span className="nav-toggle-current">{current?.label}</span>
      </button>
      <ul id={LIST_ID}>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.to} onClick={close}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
