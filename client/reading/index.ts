/**
 * The reading layer's entry (bundled on its own as /reading/reading.js, loaded by boot.ts): on a
 * reader page the highlights and the editor, on “My annotations” the list, exports and import.
 */
import { MyAnnotations } from './list';
import { ReaderLayer } from './reader';
import { myAnnotationsId, readingDataId, readingStringsPath, type ReadingData, type ReadingPageData, type ReadingStrings, type ReadingLayerApi } from '@/contract/reading';

/** The page's own part of the layer's data and the strings of its language (a file of their own). */
async function readData(): Promise<ReadingData | undefined> {
  const element = document.getElementById(readingDataId);
  if (!element?.textContent) return undefined;
  const page = JSON.parse(element.textContent) as ReadingPageData;
  const response = await fetch(readingStringsPath(page.locale));
  if (!response.ok) throw new Error(`${readingStringsPath(page.locale)}: HTTP ${response.status}`);
  return { ...page, ...((await response.json()) as ReadingStrings) };
}

export async function start(): Promise<ReadingLayerApi | undefined> {
  const data = await readData();
  if (!data) return undefined;
  const page = document.getElementById(myAnnotationsId);
  if (page) {
    await new MyAnnotations(page, data).load();
    return { selectionChanged: () => undefined, highlightSelection: () => undefined };
  }
  if (!data.text) return undefined;
  const reader = new ReaderLayer({ ...data, text: data.text });
  await reader.load();
  return { selectionChanged: () => reader.selectionChanged(), highlightSelection: () => reader.highlightSelection() };
}
