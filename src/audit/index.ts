export { auditCookies, type AuditCookiesOptions, type CookieFinding } from './audit-cookies'
