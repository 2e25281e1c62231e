// The present map (from 1 July 2025), generated beside the old one as the law drew it: 63
// provinces became 34 (the other 29 MERGE into one of them), the district level was dissolved,
// and the communes were merged into 3,321 communes, wards and special zones placed directly under
// their province, each the successor (MERGE) of some old communes of its province's
// predecessors. Names are synthetic; the shape (counts, dates, titles, events, one level per
// event) is the real one. Assessed in 2025 by each province (its communes, one cohort each) and
// nationally (the 34 provinces); in 2026 the communes are ranked nationally, 3,321 in one cohort.
import { pad, type Unit } from './dataset-rows.ts'

export const MAP_2025 = {
  provinces: 34,
  communes: 3_321,
  specialZones: 13,
  /** The day the new map took effect; the old units end the day before. */
  effective: '2025-07-01',
  oldMapEnds: '2025-06-30',
  /** Each province ranks its own communes. */
  provincialYear: 2025,
  /** The 3,321 communes ranked in one national cohort. */
  nationalYear: 2026,
} as const

export const NEW_MAP_YEARS = [MAP_2025.provincialYear, MAP_2025.nationalYear]

export type LineageEvent = [event: string, from: string, to: string, date: string, note: string]

export type Map2025 = {
  /** Provinces created by the new map (none at national scale: the 34 are old codes). */
  newProvinces: Unit[]
  communes: Unit[]
  lineage: LineageEvent[]
  /** Communes per new province, largest first (P01). */
  sizes: Map<string, number>
}

export const provinceCode = (n: number) => `P${pad(n, 2)}`

/**
 * Communes per province: from 166 (the largest real province's count) down a straight line,
 * totalling exactly 3,321, so the provincial cohorts range as the real ones do (≈ 30–166).
 */
export function communesPerProvince(): number[] {
  const { provinces, communes } = MAP_2025
  const largest = 166
  const smallest = Math.round((2 * communes) / provinces - largest)
  const sizes = Array.from({ length: provinces }, (_, i) =>
    Math.round(largest - (i * (largest - smallest)) / (provinces - 1)),
  )
  let rest = communes - sizes.reduce((a, b) => a + b, 0)
  for (let i = provinces - 1; rest !== 0; i = (i - 1 + provinces) % provinces) {
    const step = Math.sign(rest)
    sizes[i] = (sizes[i] ?? 0) + step
    rest -= step
  }
  return sizes
}

/** The old map's units (VN → P → D → C) turned into the new map's units and lineage. */
export function buildMap2025(oldUnits: readonly Unit[]): Map2025 {
  const { provinces, effective, specialZones } = MAP_2025
  const oldProvinces = oldUnits.filter((u) => u.kind === 'PROVINCE' && /^P\d+$/.test(u.code))
  const existing = new Set(oldProvinces.map((u) => u.code))
  const newProvinces: Unit[] = []
  const lineage: LineageEvent[] = []
  for (let p = 1; p <= provinces; p += 1) {
    const code = provinceCode(p)
    if (existing.has(code)) continue
    newProvinces.push({
      code,
      name: `Tỉnh Thử nghiệm ${pad(p, 2)}`,
      kind: 'PROVINCE',
      parent: 'VN',
      title: 'TINH',
      validFrom: effective,
    })
  }
  /** The province each old province continues in (itself, or the one it merged into). */
  const successor = (oldNumber: number) => provinceCode(((oldNumber - 1) % provinces) + 1)
  for (const old of oldProvinces) {
    const n = Number(old.code.slice(1))
    if (n <= provinces) continue
    lineage.push([
      'MERGE',
      old.code,
      successor(n),
      effective,
      `Hợp nhất ${old.name} vào ${successor(n)} (Nghị quyết 202/2025/QH15)`,
    ])
  }
  const sizes = new Map<string, number>()
  const communes: Unit[] = []
  let zonesLeft = specialZones
  communesPerProvince().forEach((size, i) => {
    const province = provinceCode(i + 1)
    sizes.set(province, size)
    const wards = Math.round(size * 0.2)
    for (let c = 1; c <= size; c += 1) {
      const zone = c === size && zonesLeft > 0
      if (zone) zonesLeft -= 1
      const [title, prefix] = zone
        ? (['DAC_KHU', 'Đặc khu'] as const)
        : c <= wards
          ? (['PHUONG', 'Phường'] as const)
          : (['XA', 'Xã'] as const)
      communes.push({
        code: `${province}.X${pad(c, 3)}`,
        name: `${prefix} Mới ${pad(c, 3)}`,
        kind: 'COMMUNE',
        parent: province,
        title,
        validFrom: effective,
      })
    }
  })
  // Each old commune merges into a commune of the province its own province continues in.
  const newByProvince = new Map<string, Unit[]>()
  for (const unit of communes) {
    const list = newByProvince.get(unit.parent) ?? []
    list.push(unit)
    newByProvince.set(unit.parent, list)
  }
  const seenPerProvince = new Map<string, number>()
  const districtProvince = new Map(
    oldUnits.filter((u) => u.kind === 'DISTRICT').map((u) => [u.code, u.parent]),
  )
  for (const old of oldUnits) {
    if (old.kind === 'DISTRICT') {
      lineage.push([
        'DISSOLVE',
        old.code,
        '',
        effective,
        'Kết thúc hoạt động của đơn vị hành chính cấp huyện (Nghị quyết 60-NQ/TW)',
      ])
      continue
    }
    const oldProvince = old.kind === 'COMMUNE' ? districtProvince.get(old.parent) : undefined
    if (!oldProvince) continue
    const target = successor(Number(oldProvince.slice(1)))
    const candidates = newByProvince.get(target) ?? []
    const seen = seenPerProvince.get(target) ?? 0
    seenPerProvince.set(target, seen + 1)
    const into = candidates[seen % candidates.length]
    if (into) lineage.push(['MERGE', old.code, into.code, effective, 'Sắp xếp đơn vị cấp xã'])
  }
  return { newProvinces, communes, lineage, sizes }
}

/** Does the old map's unit end with it (validity to 30 June 2025)? */
export function endsWithOldMap(unit: Unit): boolean {
  if (unit.kind === 'DISTRICT') return true
  if (unit.kind === 'COMMUNE') return /^P\d+\.D\d+\.C\d+$/.test(unit.code)
  if (unit.kind === 'PROVINCE') return /^P\d+$/.test(unit.code) && Number(unit.code.slice(1)) > 34
  return false
}

export const LINEAGE_HEADER = ['event', 'from_code', 'to_code', 'effective_date', 'note']
