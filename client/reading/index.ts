/**
 * The reading layer's entry (bundled on its own as /reading/reading.js, loaded by boot.ts): on a
 * reader page the highlights and the editor, on “My annotations” the list, exports and import.
 */
import { MyAnnotations } from './list';
import { ReaderLayer } from './reader';
import { myAnnotationsId, readingDataId, type ReadingData, type ReadingLayerApi } from '@/contract/reading';

function readData(): ReadingData | undefined {
  const element = document.getElementById(readingDataId);
  return element?.textContent ? (JSON.parse(element.textContent) as ReadingData) : undefined;
}

export async function start(): Promise<ReadingLayerApi | undefined> {
  const data = readData();
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
