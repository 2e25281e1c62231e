export { ComparePage } from '#client/features/compare/components/compare-page.tsx'
