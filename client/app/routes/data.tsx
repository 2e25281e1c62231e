import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { RoleGate } from '#client/features/auth/components/role-gate.tsx'
import { HistorySection } from '#client/features/data/components/history-section.tsx'
import { ImportSection } from '#client/features/data/components/import-section.tsx'
import { PublishSection } from '#client/features/data/components/publish-section.tsx'
import { QualitySection } from '#client/features/data/components/quality-section.tsx'
import { SchemesSection } from '#client/features/data/components/schemes-section.tsx'
import '#client/features/auth/components/forms.css'
import '#client/features/data/components/data-page.css'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

const TABS = ['import', 'publish', 'quality', 'history', 'schemes'] as const
type Tab = (typeof TABS)[number]

const SECTIONS: Record<Tab, ComponentType> = {
  import: ImportSection,
  publish: PublishSection,
  quality: QualitySection,
  history: HistorySection,
  schemes: SchemesSection,
}

/** The Data page (EDITOR and up): import, publish, data quality, import history, schemes. */
export function DataPage() {
  useDocumentTitle('data')
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const requested = params.get('tab')
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '')
    ? (requested as Tab)
    : 'import'
  const Section = SECTIONS[tab]
  return (
    <>
      <h1 className="page-title">{t('data.title')}</h1>
      <RoleGate role="EDITOR">
        <nav className="section-tabs" aria-label={t('data.sections')}>
          <ul>
            {TABS.map((name) => (
              <li key={name}>
                <Link to={`/data?tab=${name}`} aria-current={name === tab ? 'page' : undefined}>
                  {t(`data.tabs.${name}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Section />
      </RoleGate>
    </>
  )
}
