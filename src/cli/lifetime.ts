/** A duration in English and French, as the policy tables show it. */
export interface Lifetime {
  en: string
  fr: string
}

const UNITS = {
  minute: [60, 'minute', 'minutes', 'minute', 'minutes'],
  hour: [3600, 'hour', 'hours', 'heure', 'heures'],
  day: [86400, 'day', 'days', 'jour', 'jours'],
  week: [604800, 'week', 'weeks', 'semaine', 'semaines'],
  month: [2629800, 'month', 'months', 'mois', 'mois'],
  year: [31557600, 'year', 'years', 'an', 'ans'],
} as const

/** A cookie that ends with the browser session. */
export const SESSION: Lifetime = { en: 'session', fr: 'session' }

/**
 * `n` units in English and French.
 *
 * @example
 * ```ts
 * span(13, 'month') // { en: '13 months', fr: '13 mois' }
 * ```
 * @param n how many.
 * @param unit minute, hour, day, week, month or year.
 */
export const span = (n: number, unit: keyof typeof UNITS): Lifetime => {
  const [, en1, en, fr1, fr] = UNITS[unit]
  return { en: `${n} ${n === 1 ? en1 : en}`, fr: `${n} ${n === 1 ? fr1 : fr}` }
}

/**
 * A cookie's remaining lifetime in words, rounded to the largest unit that fits.
 *
 * @example
 * ```ts
 * lifetimeOf(395 * 86400) // { en: '13 months', fr: '13 mois' }
 * lifetimeOf(-1) // SESSION
 * ```
 * @param seconds seconds left, or a negative number for a session cookie.
 */
export const lifetimeOf = (seconds: number): Lifetime => {
  if (seconds < 0) return SESSION
  // A cookie read a few seconds after it was set has a little less than its lifetime left.
  const fits = (unit: keyof typeof UNITS, at = 1) => seconds >= UNITS[unit][0] * at * 0.98
  // 13 months reads better than 1 year, 30 days better than 4 weeks.
  for (const unit of ['year', 'month', 'week', 'day', 'hour', 'minute'] as const) {
    const n = Math.round(seconds / UNITS[unit][0])
    if (fits(unit, unit === 'year' || unit === 'month' ? 2 : 1) && (unit !== 'week' || Math.abs(seconds - n * UNITS.week[0]) < 3600)) return span(n, unit)
  }
  return span(Math.max(1, Math.round(seconds / 60)), 'minute')
}
