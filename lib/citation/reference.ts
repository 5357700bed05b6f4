/** Moved to contract/reference.ts; this re-export serves the reader's modules until they import from there. */
export { blockNumber, parseFragment, Reference, ReferenceError, type BlockRange } from '@/contract/reference';
