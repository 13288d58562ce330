export { defineConsentElements } from './define'
export type { ConsentElementsOptions } from './context'
export type { PreferencesElement } from './preferences'
export type { UiTexts } from './texts'
