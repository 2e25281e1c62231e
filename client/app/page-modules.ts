// The code of each page, one chunk each, loaded on first use: by the router when the page
// renders, and earlier by startFirstPage() for the page a visit opens on.
import type { ComponentType } from 'react'

export const PAGE_MODULES = {
  overview: () => import('./routes/overview.tsx'),
  rankings: () => import('./routes/rankings.tsx'),
  units: () => import('./routes/unit-profile.tsx'),
  compare: () => import('./routes/compare.tsx'),
  tasks: () => import('./routes/tasks.tsx'),
  awards: () => import('./routes/awards.tsx'),
  scorecard: () => import('./routes/scorecard.tsx'),
  data: () => import('./routes/data.tsx'),
  admin: () => import('./routes/admin.tsx'),
  login: () => import('./routes/login.tsx'),
}

export type PageName = keyof typeof PAGE_MODULES

/** The page a path opens ('/' opens the overview), or undefined for a path no page serves. */
export function pageOfPath(pathname: string): PageName | undefined {
  const first = pathname.split('/')[1] || 'overview'
  return Object.hasOwn(PAGE_MODULES, first) ? (first as PageName) : undefined
}

/** The named page component of a loaded page module. */
export function pageComponent(module: object, name: string): ComponentType | undefined {
  return (module as Record<string, ComponentType | undefined>)[name]
}
