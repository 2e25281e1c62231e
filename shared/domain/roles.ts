/** User roles, from least to most privileged. */
export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

/** Assessment publication status: drafts are visible to editors and admins only. */
export const ASSESSMENT_STATUSES = ['DRAFT', 'PUBLISHED'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]
