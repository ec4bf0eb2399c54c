import type { IncomeLimit } from '../core/scholarship-rules.js';

/**
 * The default income limit of a scholarship rule set: 300% of the 2026 HHS poverty
 * guidelines for the 48 contiguous states and the District of Columbia (published by ASPE,
 * Federal Register notice of 15 January 2026, effective 13 January 2026). Alaska and Hawaii
 * have their own, higher tables: a provider there sets `incomeLimit` in its rule set.
 * Update once a year, each January, when HHS publishes the new guidelines.
 */
export const DEFAULT_INCOME_LIMIT: IncomeLimit = {
  year: 2026,
  percent: 300,
  // 100% of the guideline for households of 1 to 8 people, in US dollars a year.
  guidelines: [15960, 21640, 27320, 33000, 38680, 44360, 50040, 55720],
  eachAdditional: 5680,
};
