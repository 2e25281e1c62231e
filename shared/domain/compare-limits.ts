/** How many units the compare view takes side by side (zod-free, so the SPA shell can read it). */
export const COMPARE_MIN_UNITS = 2
export const COMPARE_MAX_UNITS = 6
