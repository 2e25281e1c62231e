import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { UnitDetail, UnitList } from '#shared/dto/unit.ts'
import { unitParamSchema, unitsQuerySchema } from '#shared/schemas/units.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { unitTable } from './units-table.ts'
import { apiError } from '../../lib/api-error.ts'
import { validate } from '../../lib/validate.ts'
import { toUnit, toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import {
  findPlacementAt,
  findPlacements,
  referenceDate,
  standingDate,
} from '#server/cohorts/placements.repository.ts'
import { findChildKinds, findLineage, findUnit, findUnits } from './units.repository.ts'
import { toLineageEntry, toPlacement } from './units.mapper.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { directorySourceLine } from '#shared/text/source-line.ts'

export const unitRoutes = new Hono<AppEnv>()
  .get('/', validate('query', unitsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const parent = query.parent ? await findUnit(c.var.db, query.parent) : undefined
    if (query.parent && !parent)
      return apiError(c, 404, 'NOT_FOUND', `Unknown parent unit ${query.parent}`)
    const date = referenceDate(query.year)
    const rows = await findUnits(c.var.db, { parentCode: parent?.code, kind: query.kind }, date)
    const items = rows
      .map((row) => toUnit(row, row))
      .sort((a, b) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code))
    const download = downloadRequest(c)
    if (download) {
      const source = { vi: directorySourceLine('vi', date), en: directorySourceLine('en', date) }
      const input = { parent: parent ?? null, kind: query.kind, year: query.year, items, source }
      return tableDownload(c, download, unitTable({ ...input, lang: download.lang }))
    }
    const body: UnitList = { items }
    return c.json(body, 200)
  })
  .get('/:code', validate('param', unitParamSchema), async (c) => {
    const found = await findUnit(c.var.db, c.req.valid('param').code)
    if (!found) return apiError(c, 404, 'NOT_FOUND', `Unknown unit ${c.req.valid('param').code}`)
    const code = found.code
    const date = standingDate(found.valid_to)
    const [placement, placements, childKinds, lineage] = await Promise.all([
      findPlacementAt(c.var.db, code, date),
      findPlacements(c.var.db, code),
      findChildKinds(c.var.db, code),
      findLineage(c.var.db, code),
    ])
    const parent = placement?.parent_code
      ? await findUnit(c.var.db, placement.parent_code)
      : undefined
    const body: UnitDetail = {
      unit: toUnit(found, placement),
      parent: parent ? toUnitRef(parent) : null,
      childKinds: childKinds as UnitKind[],
      lineage: lineage.map(toLineageEntry),
      placements: placements.map(toPlacement),
    }
    return c.json(body, 200)
  })
