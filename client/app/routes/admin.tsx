import { useTranslation } from 'react-i18next'
import { RoleGate } from '#client/features/auth/components/role-gate.tsx'
import { AuditSection } from '#client/features/admin/components/audit-section.tsx'
import { SettingsSection } from '#client/features/admin/components/settings-section.tsx'
import { UsersSection } from '#client/features/admin/components/users-section.tsx'
import '#client/features/auth/components/forms.css'
import '#client/features/admin/components/admin-page.css'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

/** Administration (ADMIN): accounts and roles, read access, the audit log. */
export function AdminPage() {
  useDocumentTitle('admin')
  const { t } = useTranslation()
  return (
    <>
      <h1 className="page-title">{t('admin.title')}</h1>
      <RoleGate role="ADMIN">
        <div className="stack">
          <UsersSection />
          <SettingsSection />
          <AuditSection />
        </div>
      </RoleGate>
    </>
  )
}
