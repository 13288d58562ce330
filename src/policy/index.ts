export { policyColumns, policyTable } from './table'
export type { PolicyColumns, PolicyGroup, PolicyRow, PolicyTableOptions } from './table'
export { renderPolicy } from './render'
export type { RenderPolicyOptions } from './render'
