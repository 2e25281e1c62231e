import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { UnitDetail, UnitList } from '#shared/dto/unit.ts'
import { unitParamSchema, unitsQuerySchema } from '#shared/schemas/units.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { csvFileName } from '../../lib/csv.ts'
import { csvResponse, wantsCsv } from '../../lib/content-negotiation.ts'
import { notFound } from '../../lib/errors.ts'
import { validate } from '../../lib/validate.ts'
import { toUnit, toUnitRef } from '../cohorts/cohorts.mapper.ts'
import { findChildKinds, findLineage, findUnit, findUnits } from './units.repository.ts'
import { toLineageEntry } from './units.mapper.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'

const UNIT_COLUMNS = ['code', 'name', 'kind', 'parentCode', 'validFrom', 'validTo'] as const

export const unitRoutes = new Hono<AppEnv>()
  .get('/', validate('query', unitsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    if (query.parent && !(await findUnit(c.var.db, query.parent))) {
      throw notFound(`Unknown parent unit ${query.parent}`)
    }
    const rows = await findUnits(c.var.db, { parentCode: query.parent, kind: query.kind })
    const items = rows
      .map(toUnit)
      .sort((a, b) => compareVietnamese(a.name, b.name) || a.code.localeCompare(b.code))
    if (wantsCsv(c)) {
      return csvResponse(c, csvFileName(['units', query.parent, query.kind]), UNIT_COLUMNS, items)
    }
    const body: UnitList = { items }
    return c.json(body, 200)
  })
  .get('/:code', validate('param', unitParamSchema), async (c) => {
    const { code } = c.req.valid('param')
    const row = await findUnit(c.var.db, code)
    if (!row) throw notFound(`Unknown unit ${code}`)
    const [parent, childKinds, lineage] = await Promise.all([
      row.parent_code ? findUnit(c.var.db, row.parent_code) : undefined,
      findChildKinds(c.var.db, code),
      findLineage(c.var.db, code),
    ])
    const body: UnitDetail = {
      unit: toUnit(row),
      parent: parent ? toUnitRef(parent) : null,
      childKinds: childKinds as UnitKind[],
      lineage: lineage.map(toLineageEntry),
    }
    return c.json(body, 200)
  })
