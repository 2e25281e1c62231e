// Response schemas of the account, import, publication and scheme routes, mirroring shared/dto.
import { ROLES } from '#shared/domain/roles.ts'
import { FIELD_COMPONENTS } from '#shared/domain/kpi-fields.ts'
import { IMPORT_ISSUE_CODES } from '#shared/dto/import.ts'
import { IMPORT_FILE_KINDS } from '#shared/import/import-columns.ts'
import { PUBLISHED_FLAGS } from '#shared/kpi/published-flags.ts'
import { READ_ACCESS_MODES } from '#shared/schemas/settings.schema.ts'
import { bool, int, list, nullable, num, obj, oneOf, ref, str } from './openapi.json-schema.ts'
import type { JsonSchema } from './openapi.types.ts'

const timestamp: JsonSchema = { type: 'string', format: 'date-time' }
const currentUser = { id: str, email: str, name: str, role: oneOf(ROLES) }
const importIssue = obj(
  { row: int, column: nullable(str), code: oneOf(IMPORT_ISSUE_CODES), message: str },
  { details: {} },
)
const importCounts = {
  kind: oneOf(IMPORT_FILE_KINDS),
  rows: int,
  inserted: int,
  updated: int,
  errors: list(ref('ImportIssue')),
  warnings: list(ref('ImportIssue')),
}

export const ACCOUNT_SCHEMAS: Record<string, JsonSchema> = {
  CurrentUser: obj(currentUser),
  UserAccount: obj({ ...currentUser, createdAt: timestamp, disabledAt: nullable(timestamp) }),
  AuditEntry: obj({
    id: str,
    at: timestamp,
    actor: nullable(obj({ id: nullable(str), email: nullable(str) })),
    action: str,
    entity: str,
    entityKey: str,
    before: { description: 'The row before the change (any JSON), null for an insert' },
    after: { description: 'The row after the change (any JSON), null for a delete' },
    importBatchId: nullable(str),
  }),
  AuditPage: obj({
    items: list(ref('AuditEntry')),
    nextCursor: { ...nullable(str), description: 'Pass as `before` for the next page' },
  }),
  Settings: obj({ readAccess: oneOf(READ_ACCESS_MODES) }),
}

export const EDITING_SCHEMAS: Record<string, JsonSchema> = {
  ImportIssue: importIssue,
  ImportResult: obj({
    ...importCounts,
    dryRun: bool,
    unchanged: int,
    batchId: { ...nullable(str), description: 'null for a dry run' },
    preview: list(
      obj(
        { row: int, action: oneOf(['insert', 'update', 'unchanged']), key: str },
        { changes: { type: 'object', description: 'Changed columns: { before, after }' } },
      ),
    ),
  }),
  ImportRejection: {
    allOf: [ref('Error'), obj(importCounts)],
    description: 'IMPORT_INVALID: the error envelope plus the row-level errors',
  },
  ImportBatch: obj({
    id: str,
    kind: str,
    fileName: nullable(str),
    status: oneOf(['APPLIED', 'UNDONE']),
    rows: int,
    inserted: int,
    updated: int,
    unchanged: int,
    createdBy: nullable(str),
    createdAt: timestamp,
    undoneBy: nullable(str),
    undoneAt: nullable(timestamp),
  }),
  ImportUndoResult: obj({ batchId: str, restored: int, deleted: int }),
  CohortYearStatus: obj({
    year: int,
    status: oneOf(['PUBLISHED', 'DRAFT', 'MIXED']),
    decisionNo: nullable(str),
    decisionDate: nullable({ type: 'string', format: 'date' }),
    units: int,
  }),
  SourceIssuer: obj({
    name: { ...str, description: 'The parent unit whose People’s Committee issued the decision' },
    kind: str,
    title: nullable(str),
  }),
  SourcePublication: obj({
    year: int,
    status: oneOf(['PUBLISHED', 'DRAFT', 'MIXED']),
    decisionNo: nullable(str),
    decisionDate: nullable({ type: 'string', format: 'date' }),
    issuer: nullable(ref('SourceIssuer')),
  }),
  PublicationStatusReport: obj({
    parent: ref('UnitRef'),
    kind: str,
    block: nullable(str),
    issuer: ref('SourceIssuer'),
    years: list(ref('SourcePublication')),
    sourceLine: {
      ...obj({ vi: str, en: str }),
      description: 'The source line of the years returned, as exports print it',
    },
  }),
  PublicationResult: obj({
    parentCode: str,
    kind: str,
    year: int,
    status: oneOf(['PUBLISHED', 'DRAFT']),
    units: { ...int, description: 'Assessments in the cohort-year' },
    changed: { ...int, description: 'Assessments whose status or decision changed' },
  }),
  DataQualityReport: obj({
    parentCode: str,
    kind: str,
    year: nullable(int),
    checked: { ...int, description: 'Unit-years compared' },
    items: list(
      obj({
        unit: ref('UnitRef'),
        year: int,
        status: str,
        computed: obj({ rank: int, grade: nullable(str), indexPct: num }),
        published: ref('PublishedResult'),
        flags: list(oneOf(PUBLISHED_FLAGS)),
      }),
    ),
  }),
  Scheme: obj({
    id: { ...str, description: 'PROVINCE:KIND:YEAR_FROM' },
    provinceCode: str,
    unitKind: str,
    yearFrom: int,
    yearTo: nullable(int),
    name: str,
    decisionNo: nullable(str),
    fields: list(
      obj({
        code: str,
        maxPoints: num,
        component: oneOf(FIELD_COMPONENTS),
        appraisalMax: {
          ...nullable(num),
          description: 'With surveyMax: the two parts of maxPoints',
        },
        surveyMax: nullable(num),
        criteria: list(
          obj({ code: str, name: str, maxPoints: num, component: oneOf(FIELD_COMPONENTS) }),
        ),
      }),
    ),
    bands: list(
      obj({
        code: str,
        labelVi: str,
        labelEn: str,
        minPct: num,
        minInclusive: { ...bool, description: 'true: index ≥ minPct; false: index > minPct' },
      }),
    ),
  }),
  SchemeSaveResult: obj({
    scheme: ref('Scheme'),
    regraded: { ...int, description: 'Assessments whose grade changed' },
  }),
}
