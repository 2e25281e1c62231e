import { ComparePage as CompareView } from '#client/features/compare/components/compare-page.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function ComparePage() {
  useDocumentTitle('compare')
  return <CompareView />
}
