/** Moved to contract/routes.ts; this re-export serves the reader's components until they import from there. */
export { entryHref, paths } from '@/contract/routes';
