import { useTranslation } from 'react-i18next'
import { useRunningHeader } from '#client/lib/running-header.ts'

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`
}

function marginBox(box: string, text: string | null): string {
  return text ? `@${box} { content: ${cssString(text)}; }` : ''
}

/**
 * The printed pages' running header and footer, drawn in the page margins (@page margin boxes,
 * print.css styles them): what the page shows and its year at top left, the publication status at
 * top right, the source at bottom left and "Trang 1/3" at bottom right. The text changes with the
 * page and the language, so the rule is written here rather than in the static stylesheet.
 */
export function PrintRunningHeader() {
  const { t } = useTranslation()
  const { heading, status, source } = useRunningHeader()
  const pageOf = `${cssString(t('print.pageOf.before'))} counter(page) ${cssString(t('print.pageOf.between'))} counter(pages)`
  const rules = [
    marginBox('top-left', heading),
    marginBox('top-right', status),
    marginBox('bottom-left', source ?? t('app.name')),
    `@bottom-right { content: ${pageOf}; }`,
  ]
  return <style media="print" data-running-header="">{`@page { ${rules.join(' ')} }`}</style>
}
