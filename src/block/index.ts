export { blockRequests, type BlockRequestsOptions } from './block-requests'
export type { BlockedChannel, BlockedRequest } from './context'
export type { HostMatch, HostsByCategory } from './hosts'
