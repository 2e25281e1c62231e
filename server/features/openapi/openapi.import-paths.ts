// Loading official tables: templates, imports, their history and undo.
import {
  importHistoryQuerySchema,
  importQuerySchema,
  templateParamSchema,
  undoQuerySchema,
} from '#shared/schemas/imports.schema.ts'
import {
  ImportBatchListSchema,
  ImportResultSchema,
  ImportUndoStatusListSchema,
  ImportUndoResultSchema,
} from '#shared/dto/import.ts'
import { read, write } from './openapi.operations.ts'
import { parametersOf } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import type { OpenApiDocument } from './openapi.types.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const binary = { type: 'string', format: 'binary' }

export function importPaths(): OpenApiDocument['paths'] {
  return {
    '/api/imports': {
      get: read('listImports', 'imports', 'Import history, newest first', {
        role: 'EDITOR',
        parameters: parametersOf(importHistoryQuerySchema, 'query'),
        responses: { '200': json(ImportBatchListSchema), ...errors(400) },
      }),
      post: write('importFile', 'imports', 'Import a CSV or XLSX table', {
        role: 'EDITOR',
        description:
          'One transaction: any row error writes nothing (422 with every error). `dryRun` ' +
          'validates and previews without writing. Files are limited to 10 MB (413). ' +
          'Send multipart/form-data with a `file` field, or the file itself as the body ' +
          '(name in `X-File-Name`).',
        parameters: parametersOf(importQuerySchema, 'query', {
          kind: 'Which table the file holds',
          dryRun: 'true or 1: validate and preview, write nothing',
          parent: 'Parent unit code for files whose rows name units without it',
          year: 'Year of rows that give none (a table without a year column); else the title’s',
          lang: 'Language of the messages; omitted → Accept-Language',
        }),
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: binary }, required: ['file'] },
            },
            'text/csv': { schema: { type: 'string' } },
            [XLSX_TYPE]: { schema: binary },
          },
        },
        responses: {
          '200': json(ImportResultSchema),
          ...errors(400, 409, 413, 415, 422),
        },
      }),
    },
    '/api/imports/undo-status': {
      get: read(
        'listImportUndoStatus',
        'imports',
        'Whether each applied import of the history can be undone, and why not',
        {
          role: 'EDITOR',
          description:
            'The same batches as GET /api/imports with the same `limit`, undone ones left out. ' +
            'Found by the rule the undo refuses by: every later change to what the import wrote.',
          parameters: parametersOf(importHistoryQuerySchema, 'query'),
          responses: { '200': json(ImportUndoStatusListSchema), ...errors(400) },
        },
      ),
    },
    '/api/imports/{id}/undo': {
      post: write('undoImport', 'imports', 'Undo a whole import batch', {
        role: 'EDITOR',
        description:
          'Restores the rows it updated and deletes the rows it inserted, in one transaction. ' +
          'Refused (409) when the batch is already undone or later changes touched its rows; ' +
          'the message, in `lang`, names them (the publication and its decision, the later ' +
          'import and its file, an edit) and what to do, and `details.causes` lists them.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'Import batch id',
            schema: { type: 'string' },
          },
          ...parametersOf(undoQuerySchema, 'query', {
            lang: 'Language of a refusal; omitted → Accept-Language',
          }),
        ],
        responses: { '200': json(ImportUndoResultSchema), ...errors(400, 404, 409) },
      }),
    },
    '/api/imports/templates/{file}': {
      get: read('getImportTemplate', 'imports', 'An empty template with the expected columns', {
        parameters: parametersOf(templateParamSchema, 'path', {
          file: '<kind>.csv or <kind>.xlsx, e.g. assessments.csv',
        }),
        responses: {
          '200': {
            description: 'The template as an attachment',
            headers: {
              'Content-Disposition': {
                description: 'attachment; filename="<kind>-template.<ext>"',
                schema: { type: 'string' },
              },
            },
            content: {
              'text/csv': { schema: { type: 'string' } },
              [XLSX_TYPE]: { schema: binary },
            },
          },
          ...errors(400, 404),
        },
      }),
    },
  }
}
