/** Moved to contract/search.ts; this re-export serves client/index.ts (the reader's) until it imports from there. */
export { searchScriptUrl } from '@/contract/search';
