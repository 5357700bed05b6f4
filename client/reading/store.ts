/**
 * Where a reader's annotations live: IndexedDB in this browser, nowhere else (no account, no
 * network). Every failure becomes a `StorageProblem` the layer shows to the reader: storage that is
 * unavailable (some private windows), full (quota), or was cleared since the last visit.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReaderAnnotation } from './annotation';

interface ReadingSchema extends DBSchema {
  annotations: { key: string; value: ReaderAnnotation; indexes: { text: string } };
}

export type StorageProblemKind = 'unavailable' | 'quota' | 'cleared' | 'failed';

export class StorageProblem extends Error {
  override name = 'StorageProblem';
  constructor(
    readonly kind: StorageProblemKind,
    cause?: unknown,
  ) {
    super(kind, { cause });
  }
}

const databaseName = 'edition-reading';
/** Set in localStorage while annotations exist, so that pages load the layer only when there are any. */
export const presenceKey = 'edition:reading';

function problemOf(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error;
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')) return new StorageProblem('quota', error);
  if (error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'SecurityError')) return new StorageProblem('unavailable', error);
  return new StorageProblem('failed', error);
}

let database: Promise<IDBPDatabase<ReadingSchema>> | undefined;

function open(): Promise<IDBPDatabase<ReadingSchema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageProblem('unavailable'));
  database ??= openDB<ReadingSchema>(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('text', 'text');
    },
  }).catch((error: unknown) => {
    database = undefined;
    throw problemOf(error);
  });
  return database;
}

function markPresence(present: boolean): void {
  try {
    if (present) localStorage.setItem(presenceKey, '1');
    else localStorage.removeItem(presenceKey);
  } catch {
    // Without localStorage the layer simply loads on every reader page.
  }
}

/** Whether this browser said it had annotations last time (then an empty store means it was cleared). */
export function expectsAnnotations(): boolean {
  try {
    return localStorage.getItem(presenceKey) === '1';
  } catch {
    return true;
  }
}

export async function allAnnotations(): Promise<ReaderAnnotation[]> {
  try {
    const db = await open();
    const annotations = await db.getAll('annotations');
    if (annotations.length === 0 && expectsAnnotations()) {
      markPresence(false);
      throw new StorageProblem('cleared');
    }
    return annotations.sort((a, b) => a.created.localeCompare(b.created));
  } catch (error) {
    throw problemOf(error);
  }
}

export async function saveAnnotations(annotations: readonly ReaderAnnotation[]): Promise<void> {
  try {
    const db = await open();
    const transaction = db.transaction('annotations', 'readwrite');
    await Promise.all([...annotations.map((annotation) => transaction.store.put(annotation)), transaction.done]);
    markPresence(true);
  } catch (error) {
    throw problemOf(error);
  }
}

export async function deleteAnnotations(ids: readonly string[]): Promise<void> {
  try {
    const db = await open();
    const transaction = db.transaction('annotations', 'readwrite');
    await Promise.all([...ids.map((id) => transaction.store.delete(id)), transaction.done]);
    markPresence((await db.count('annotations')) > 0);
  } catch (error) {
    throw problemOf(error);
  }
}
