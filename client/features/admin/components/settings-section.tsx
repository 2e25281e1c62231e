import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { READ_ACCESS_MODES, type ReadAccess } from '#shared/schemas/settings.schema.ts'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { adminQueries, updateSettings } from '../api/admin.queries.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'

/** Read access: published results open to everyone, or sign-in required. */
export function SettingsSection() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        {t('admin.settings.title')}
      </h2>
      <Suspense fallback={<Skeleton height={100} />}>
        <ReadAccessForm />
      </Suspense>
    </section>
  )
}

function ReadAccessForm() {
  const { t } = useTranslation()
  const id = useId()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(adminQueries.settings())
  const save = useMutation({
    mutationFn: (readAccess: ReadAccess) => updateSettings({ readAccess }),
    // The sign-in gate reads the same setting: refetch everything.
    onSuccess: () => queryClient.invalidateQueries(),
  })
  return (
    <>
      <fieldset className="radio-group" disabled={save.isPending}>
        <legend>{t('admin.settings.readAccess')}</legend>
        {READ_ACCESS_MODES.map((mode) => (
          <label key={mode} htmlFor={`${id}-${mode}`}>
            <input
              id={`${id}-${mode}`}
              type="radio"
              name={`${id}-read-access`}
              value={mode}
              checked={data.readAccess === mode}
              onChange={() => save.mutate(mode)}
            />
            <span>
              <strong>{t(`admin.settings.mode.${mode}`)}</strong>
              <span className="field-help">{t(`admin.settings.modeHelp.${mode}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <MutationError error={save.error} />
      <div role="status" aria-live="polite">
        {save.data && <p className="form-success">{t('admin.settings.saved')}</p>}
      </div>
    </>
  )
}
