import { fileURLToPath } from 'node:url'

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  css: [fileURLToPath(new URL('../shared/style.css', import.meta.url))],
  app: { head: { title: 'consent-gate · Nuxt', link: [{ rel: 'icon', href: '/favicon.svg' }] } },
})
