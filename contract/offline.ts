/**
 * What the build's offline step (scripts/build-offline.ts), the service worker it generates and the
 * reader's script (client/offline.ts) agree on. Constants and types only: no imports, so that the
 * client bundle stays small.
 */

/** The service worker, at the root so that its scope is the whole edition. */
export const serviceWorkerUrl = '/sw.js';

/** What the precache holds, written by the build next to the worker: the size the control shows. */
export const precacheSummaryUrl = '/offline-edition.json';

/** Workbox's `cacheId`: every cache the worker makes starts with it (`<id>-precache-v2-<scope>`). */
export const cacheId = 'edition';

/** localStorage: set while the reader wants the edition offline, so the worker is registered on every visit. */
export const offlineStorageKey = 'edition-offline';

/** The message the control sends a waiting worker when the reader takes a new version now. */
export const skipWaitingMessage = { type: 'SKIP_WAITING' } as const;

export interface PrecacheSummary {
  /** The build the worker belongs to (its precache manifest's own hash). */
  build: string;
  files: number;
  bytes: number;
}

/** The strings the control shows, as templates (`{size}`, `{done}`, `{total}`), from the `Offline` messages. */
export const offlineMessageKeys = ['size', 'progress', 'ready', 'removed', 'failed', 'unsupported', 'update'] as const;
export type OfflineMessages = Record<(typeof offlineMessageKeys)[number], string>;

/** The control's data attributes: the page writes them (components/OfflineControl.tsx), client/offline.ts finds them. */
export const offlineHooks = {
  /** On the control's section; its value is the JSON of its `OfflineMessages`. */
  control: 'data-offline',
  size: 'data-offline-size',
  keep: 'data-offline-keep',
  update: 'data-offline-update',
  remove: 'data-offline-remove',
  progress: 'data-offline-progress',
  status: 'data-offline-status',
  /** Written by the script: `idle`, `saving` or `ready`. */
  state: 'data-offline-state',
} as const;
