import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FOCUS_STORAGE_KEY,
  isFocusUnit,
  parseFocusCode,
  resolveFocusUnit,
  useFocusUnit,
} from './focus-unit.ts'
import { useCompletedUrl } from './use-completed-url.ts'

afterEach(() => localStorage.clear())

describe('resolveFocusUnit', () => {
  it('takes the URL’s unit over the stored one', () => {
    expect(resolveFocusUnit('LONG_AN.BEN_LUC', 'LONG_AN.THANH_HOA')).toEqual({
      code: 'LONG_AN.BEN_LUC',
      source: 'url',
      invalid: null,
    })
  })

  it('falls back to the stored unit, then to none', () => {
    expect(resolveFocusUnit(null, 'LONG_AN.THANH_HOA')).toEqual({
      code: 'LONG_AN.THANH_HOA',
      source: 'storage',
      invalid: null,
    })
    expect(resolveFocusUnit(null, null)).toEqual({ code: null, source: null, invalid: null })
    expect(resolveFocusUnit('', null).code).toBeNull()
  })

  it('names a URL value that is no unit code and uses the stored unit instead', () => {
    expect(resolveFocusUnit('<script>', 'LONG_AN.THANH_HOA')).toEqual({
      code: 'LONG_AN.THANH_HOA',
      source: 'storage',
      invalid: '<script>',
    })
  })
})

describe('parseFocusCode and isFocusUnit', () => {
  it('accepts unit codes only, trimmed', () => {
    expect(parseFocusCode(' 27865 ')).toBe('27865')
    expect(parseFocusCode('a b')).toBeNull()
    expect(parseFocusCode(undefined)).toBeNull()
  })

  it('matches codes without regard to case, never a missing focus', () => {
    expect(isFocusUnit('LONG_AN.THANH_HOA', 'long_an.thanh_hoa')).toBe(true)
    expect(isFocusUnit('LONG_AN.BEN_LUC', 'LONG_AN.THANH_HOA')).toBe(false)
    expect(isFocusUnit('LONG_AN.BEN_LUC', null)).toBe(false)
  })
})

/** Runs `hook` inside a memory router at `path`; returns the hook's result and the location. */
function renderAt<T>(path: string, hook: () => T) {
  const location: { current: ReturnType<typeof useLocation> | null } = { current: null }
  const result: { current: T | null } = { current: null }
  function Probe() {
    result.current = hook()
    location.current = useLocation()
    return null
  }
  const router = createMemoryRouter([{ path: '*', element: <Probe /> }], {
    initialEntries: [path],
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <>
      <RouterProvider router={router} />
      {children}
    </>
  )
  renderHook(() => null, { wrapper })
  return { result, location, router }
}

describe('useFocusUnit', () => {
  it('reads the URL first, the browser’s memory second', () => {
    localStorage.setItem(FOCUS_STORAGE_KEY, 'LONG_AN.THANH_HOA')
    expect(renderAt('/overview?focus=LONG_AN.BEN_LUC', useFocusUnit).result.current?.code).toBe(
      'LONG_AN.BEN_LUC',
    )
    expect(renderAt('/overview', useFocusUnit).result.current?.code).toBe('LONG_AN.THANH_HOA')
  })

  it('stores a choice and pushes it into the URL as a new history entry', async () => {
    const { result, location, router } = renderAt('/overview?year=2023', useFocusUnit)
    await act(async () => result.current?.setFocusUnit('LONG_AN.THANH_HOA'))
    expect(localStorage.getItem(FOCUS_STORAGE_KEY)).toBe('LONG_AN.THANH_HOA')
    expect(location.current?.search).toBe('?year=2023&focus=LONG_AN.THANH_HOA')
    expect(result.current?.code).toBe('LONG_AN.THANH_HOA')
    await act(async () => router.navigate(-1))
    expect(location.current?.search).toBe('?year=2023')

    await act(async () => router.navigate(1))
    await act(async () => result.current?.setFocusUnit(null))
    expect(localStorage.getItem(FOCUS_STORAGE_KEY)).toBeNull()
    expect(location.current?.search).toBe('?year=2023')
  })
})

describe('useCompletedUrl', () => {
  it('writes out the cohort, year and remembered unit, replacing the history entry', async () => {
    localStorage.setItem(FOCUS_STORAGE_KEY, 'TAY_NINH.P1')
    const { location, router } = renderAt('/overview?sort=rank', () =>
      useCompletedUrl({ parent: 'TAY_NINH', kind: 'COMMUNE', block: 'Phường', year: 2025 }),
    )
    await act(async () => {})
    expect(new URLSearchParams(location.current?.search).toString()).toBe(
      'parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025&sort=rank&focus=TAY_NINH.P1',
    )
    // Replaced, not pushed: there is no entry before it to go back to.
    expect(router.state.historyAction).toBe('REPLACE')
  })

  it('leaves a URL alone that says it all', async () => {
    const path = '/overview?parent=LONG_AN&kind=DISTRICT&year=2023'
    const { location } = renderAt(path, () =>
      useCompletedUrl({ parent: 'LONG_AN', kind: 'DISTRICT', block: null, year: 2023 }),
    )
    await act(async () => {})
    expect(location.current?.search).toBe('?parent=LONG_AN&kind=DISTRICT&year=2023')
  })
})
