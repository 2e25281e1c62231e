// kind=awards: grants of emulation titles and commendation forms, checked against the
// taxonomy's recipient rules (DOMAIN.md) and the issuer rules in force on the grant's date
// (award_issuer_rule). A stable grant_key makes re-import idempotent. Tables laid out as
// decisions print them are read too (award-wording.ts): award names with their issuer, the
// award and reason of the title lines, recipients under "I. TẬP THỂ" / "II. CÁ NHÂN" headings,
// and tallies of counts per recipient type.
import { hash } from 'node:crypto'
import type { AwardGrantRow } from '#server/db/schema.ts'
import {
  groupIssuerRules,
  issuerRuleDate,
  periodOn,
  type IssuerRulePeriod,
} from '#shared/domain/award-issuer-rules.ts'
import {
  AWARD_KINDS,
  AWARD_REASON_LABELS,
  AWARD_REASONS,
  ISSUER_LEVEL_LABELS,
  ISSUER_LEVELS,
  RECIPIENT_TYPE_LABELS,
  type IssuerLevel,
  type RecipientType,
} from '#shared/domain/award-kinds.ts'
import { diffRows, rowChange } from '#server/write-path/change-set.ts'
import { DuplicateGuard, readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader } from './row-reader.ts'
import type { IssueParams } from './import-issues.ts'
import { recipientOfHeading, type NamedAward } from './award-wording.ts'
import { readAward, readRecipients, tableDefaults, totalLineLabel } from './award-table.ts'
import { rowsForUnits } from '#server/write-path/existing-rows.ts'
import { orderedId } from '#server/write-path/ordered-id.ts'
import { resolveUnit } from './resolve-unit.ts'
import { previewShown } from './preview-shown.ts'
import { titleDecision } from './title-decision.ts'
import { DECISION_KEYS, reportTitleDecision, usableTitleDecision } from './title-decision-issues.ts'

/** The level that issues awards in a unit's own name when the file does not say. */
const DEFAULT_ISSUER: Partial<Record<string, IssuerLevel>> = {
  PROVINCE: 'PROVINCE',
  DISTRICT: 'DISTRICT',
  COMMUNE: 'COMMUNE',
  DEPARTMENT: 'AGENCY_HEAD',
}

export function grantKey(
  g: Pick<
    AwardGrantRow,
    | 'unit_code'
    | 'year'
    | 'award_code'
    | 'recipient_type'
    | 'recipient_name'
    | 'issuer_level'
    | 'decision_no'
  >,
): string {
  const parts = [
    g.unit_code,
    g.year,
    g.award_code,
    g.recipient_type,
    g.recipient_name ?? '',
    g.issuer_level,
    g.decision_no ?? '',
  ]
  // One-shot hash: a Hash object per grant line was a tenth of an award import's time.
  return hash('sha256', JSON.stringify(parts), 'hex').slice(0, 32)
}

/** The rules the database holds, by award and period: read once per file. */
async function loadIssuerRules(db: KindContext['db']): Promise<Map<string, IssuerRulePeriod[]>> {
  const rows = await db
    .selectFrom('award_issuer_rule')
    .select(['award_code', 'issuer_level', 'valid_from', 'valid_to'])
    .execute()
  return groupIssuerRules(
    rows.map((r) => ({
      award: r.award_code,
      issuer: r.issuer_level,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
  )
}

/** Records ISSUER_NOT_ALLOWED when no rule in force on `date` lets `issuer` issue `award`. */
function checkIssuer(
  r: RowReader,
  rules: Map<string, IssuerRulePeriod[]>,
  award: string,
  issuer: string,
  date: string,
  sources: IssueParams,
): void {
  const period = periodOn(rules.get(award) ?? [], date)
  if (period?.issuers.includes(issuer)) return
  r.error(r.column('issuer_level') ? 'issuer_level' : 'award_code', 'ISSUER_NOT_ALLOWED', {
    award,
    issuer,
    allowed: period?.issuers.join(', ') || '—',
    date,
    from: period?.validFrom ?? '',
    to: period?.validTo ?? '',
    ...sources,
  })
}

export const importAwards: KindHandler = async (sheet, ctx) => {
  const planned: { row: number; item: AwardGrantRow }[] = []
  const dup = new DuplicateGuard()
  const defaults = tableDefaults(sheet)
  if (!defaults) return
  const rules = await loadIssuerRules(ctx.db)
  // The decision a list is the annex of ("Kèm theo Quyết định số …"), for the rows giving none.
  const cited = titleDecision(sheet.titleRows)
  const titled = usableTitleDecision(cited)
  let takingTitled = 0
  // The recipients of the rows under a heading, and the heading's row (named in a refusal).
  let section: { recipient: RecipientType; row: number } | undefined
  const awardsRead = new Map<string, NamedAward | null>()
  const summaryLabels = new Map<string, boolean>()
  for (const tableRow of sheet.rows) {
    // "I. TẬP THỂ", "II. CÁ NHÂN": the recipients of the rows under it.
    // "Tổng cộng" under a tally: the sum of the rows above, not a unit's grant.
    const total = totalLineLabel(sheet, tableRow.cells, summaryLabels)
    if (total !== null) {
      ctx.issues.warn(tableRow.row, null, 'SUMMARY_ROW_SKIPPED', { label: total })
      continue
    }
    const heading = recipientOfHeading(tableRow.cells)
    if (heading) {
      section = { recipient: heading, row: tableRow.row }
      ctx.issues.warn(tableRow.row, null, 'RECIPIENT_SECTION', {
        title: tableRow.cells.filter((c) => c.trim() !== '').join(' '),
        recipient: RECIPIENT_TYPE_LABELS[heading].vi,
      })
      continue
    }
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined, {
      parentItself: true,
    })
    const named = readAward(r, defaults.award, awardsRead)
    const award = named?.award
    const name = r.words('recipient_name')
    const grants = readRecipients(r, defaults.tally, section?.recipient, name !== '')
    const issuerOfCell = r.oneOf('issuer_level', ISSUER_LEVELS, ISSUER_LEVEL_LABELS, false)
    const issuer = issuerOfCell ?? named?.issuer ?? (unit ? DEFAULT_ISSUER[unit.kind] : undefined)
    // Values the row took from the title: a refusal names that line, the row holding none.
    const awardRow = r.column('award_code') ? undefined : defaults.award?.row
    const titleSources: IssueParams = {}
    if (awardRow !== undefined) titleSources.awardRow = awardRow
    if (awardRow !== undefined && !issuerOfCell && named?.issuer) titleSources.issuerRow = awardRow
    // No issuer given anywhere: the unit's own level's, which a refusal must say it assumed.
    if (!issuerOfCell && !named?.issuer) titleSources.issuerFromLevel = 1
    if (issuer === undefined && unit && !r.failed) r.error('issuer_level', 'MISSING_VALUE')
    const reason = r.column('reason')
      ? r.oneOf('reason', AWARD_REASONS, AWARD_REASON_LABELS)
      : defaults.reason
    // A row giving a number or a date keeps its own decision whole (ADR 066).
    const ownDecision = DECISION_KEYS.some((key) => r.text(key) !== '')
    if (!ownDecision) takingTitled += 1
    const fromTitle = ownDecision ? null : titled
    const date = fromTitle ? fromTitle.date : r.date('decision_date')
    for (const { recipient, column } of grants) {
      if (award && !AWARD_KINDS[award].recipients.includes(recipient)) {
        const fromHeading = column === 'recipient_type' && r.text('recipient_type') === ''
        r.error(column, 'RECIPIENT_NOT_ALLOWED', {
          award,
          recipient,
          allowed: AWARD_KINDS[award].recipients.join(', '),
          ...(awardRow !== undefined ? { awardRow } : {}),
          ...(fromHeading && section ? { recipientRow: section.row } : {}),
        })
      }
    }
    if (award && issuer && year && date !== undefined)
      checkIssuer(r, rules, award, issuer, issuerRuleDate(year, date), titleSources)
    if (r.failed || !unit || !year || !award || !issuer || !reason || date === undefined) continue
    for (const { recipient, count } of grants) {
      const base = {
        unit_code: unit.code,
        year,
        award_code: award,
        recipient_type: recipient,
        recipient_name: name === '' ? null : name,
        issuer_level: issuer,
        decision_no: fromTitle ? fromTitle.no : r.text('decision_no') || null,
      }
      const key = grantKey(base)
      if (!dup.check(r, key)) continue
      const item: AwardGrantRow = {
        id: '',
        grant_key: key,
        ...base,
        count,
        decision_date: date,
        reason,
        import_batch_id: null,
        updated_at: ctx.now,
      }
      planned.push({ row: r.row, item })
    }
  }
  reportTitleDecision(sheet, cited, takingTitled, ctx.issues, 'AWARD_DECISION_FROM_TITLE')
  if (ctx.issues.errorCount > 0) return
  const stored = await rowsForUnits(
    ctx.db,
    'award_grant',
    new Set(planned.map((p) => p.item.unit_code)),
    new Set(planned.map((p) => p.item.year)),
  )
  const byKey = new Map(stored.map((g) => [g.grant_key, g]))
  for (const { row, item } of planned) {
    const before = byKey.get(item.grant_key)
    item.id = before?.id ?? orderedId()
    const change = rowChange('award_grant', before, item)
    ctx.set.record(
      row,
      item.grant_key,
      !before,
      change ? [change] : [],
      before ? (diffRows(before, item) ?? undefined) : undefined,
      () => previewShown('awards', ctx.units, item),
    )
  }
}
