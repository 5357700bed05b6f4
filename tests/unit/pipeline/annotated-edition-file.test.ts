import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

/** The modules as a fresh process (a Next worker, a later build step) sees them: no annotation cached. */
async function freshConsumer() {
  vi.resetModules();
  const file = await import('@/lib/pipeline/annotated-edition-file');
  const annotate = await import('@/lib/annotations/annotate-text');
  return { ...file, ...annotate };
}

/** What `npm run check` does on a valid edition: load, check, annotate, store. */
async function checkAndStore(root: string) {
  const producer = await freshConsumer();
  const { loadEdition } = await import('@/lib/pipeline/load-edition');
  const { edition } = loadEdition(root);
  if (!edition) throw new Error('the fixture edition has errors');
  producer.writeAnnotatedEdition(root, edition);
  return { edition, annotated: producer.textsAnnotated() };
}

describe('the annotated edition, computed once per build', () => {
  it('is annotated once by the check and reused, without annotating, by a second consumer', async () => {
    fixture = createFixtureEdition();
    const { edition, annotated } = await checkAndStore(fixture.root);
    expect(annotated).toBe(edition.texts.length);

    const consumer = await freshConsumer();
    const stored = consumer.readAnnotatedEdition(fixture.root);
    expect(stored.kind).toBe('reused');
    if (stored.kind !== 'reused') return;
    const texts = stored.edition.texts.map((text) => consumer.annotateText(text, stored.edition.glossary));
    expect(consumer.textsAnnotated()).toBe(0);
    // What the stored annotation answers is what annotating again would give.
    const again = edition.texts.map((text) => consumer.annotateText(text, edition.glossary));
    expect(texts.map((text) => text.notes.map((note) => [note.id, note.number]))).toEqual(again.map((text) => text.notes.map((note) => [note.id, note.number])));
    expect(texts.map((text) => text.versions.map((version) => [...version.elements]))).toEqual(again.map((text) => text.versions.map((version) => [...version.elements])));
  });

  it('is not reused once a source changes: the consumer annotates itself', async () => {
    fixture = createFixtureEdition();
    await checkAndStore(fixture.root);
    fixture.write('texts/probe/en.md', `${fixtureFiles['texts/probe/en.md'] ?? ''}\n`);
    const consumer = await freshConsumer();
    expect(consumer.readAnnotatedEdition(fixture.root).kind).toBe('stale');
  });

  it('is not reused once the code that annotates changes', async () => {
    fixture = createFixtureEdition();
    fixture.write('lib/markdown/rehype-mark-terms.ts', 'export {};\n');
    await checkAndStore(fixture.root);
    fixture.write('lib/markdown/rehype-mark-terms.ts', 'export const changed = true;\n');
    const consumer = await freshConsumer();
    expect(consumer.readAnnotatedEdition(fixture.root).kind).toBe('stale');
  });

  it('is missing until a check stores it', async () => {
    fixture = createFixtureEdition();
    const consumer = await freshConsumer();
    expect(consumer.readAnnotatedEdition(fixture.root).kind).toBe('missing');
  });
});
