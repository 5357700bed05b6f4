/**
 * “My annotations”: every annotation of this browser, across texts, to filter by text, tag and
 * colour, open in the text, edit, delete (with undo), export (W3C JSON-LD, Markdown with citations,
 * CSL-JSON) and import again (merged, never doubled).
 */
import { fillExports, fillRuns, workUrl, type Cite as CiteData } from '../cite-fill';
import type { ReaderData } from '@/lib/client/reader-data';
import { reanchor } from './anchor';
import { highlightColours, mergeAnnotations, parseAnnotationExport, targetOrigin, toAnnotationCollection, type ReaderAnnotation } from './annotation';
import { Editor } from './editor';
import { toCslJson, toMarkdown, type Cite } from './exports';
import { format, say, storageMessage } from './ui';
import { allAnnotations, deleteAnnotations, saveAnnotations } from './store';
import { runsText, styleIds, type StyleId } from '@/contract/cite-tokens';
import type { ReaderAnnotations } from '@/lib/client/reader-annotations';
import type { ReadingData } from '@/contract/reading';
import { element } from '../template';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = element('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface TextPage {
  cite?: CiteData;
  redirects: Record<string, string[]>;
  blocks: Map<string, string>;
}

/** A text version's page data, read from the reader page itself (works offline when the page is cached). */
async function loadTextPage(slug: string, lang: string): Promise<TextPage | undefined> {
  try {
    const response = await fetch(`/${lang}/texts/${slug}`);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const data = JSON.parse(page.getElementById('reader-data')?.textContent ?? '{}') as Partial<ReaderData>;
    const json = (await (await fetch(`/api/texts/${slug}.json`)).json()) as { blocks: { id: string; text: Record<string, string> }[] };
    const blocks = new Map(json.blocks.flatMap((block) => (block.text[lang] === undefined ? [] : [[block.id, block.text[lang]!] as const])));
    // The citation templates travel in the page's annotations file, not in the page.
    const annotations = data.annotations ? ((await (await fetch(data.annotations)).json()) as Partial<ReaderAnnotations>) : undefined;
    const cite = data.cite && annotations?.cite ? { ...data.cite, templates: annotations.cite } : undefined;
    return { ...(cite ? { cite } : {}), redirects: data.redirects ?? {}, blocks };
  } catch {
    return undefined;
  }
}

export class MyAnnotations {
  private annotations: ReaderAnnotation[] = [];
  private readonly pages = new Map<string, TextPage | undefined>();
  private readonly editor: Editor;
  private readonly list = element('ol', { className: 'my-annotations-list' });
  private readonly summary = element('p', { className: 'my-annotations-summary' });
  private readonly filters: { text: HTMLSelectElement; tag: HTMLSelectElement; colour: HTMLSelectElement };
  private readonly style = element('select', { id: 'my-style' });

  constructor(
    private readonly root: HTMLElement,
    private readonly data: ReadingData,
  ) {
    const { messages } = data;
    this.editor = new Editor(messages);
    this.filters = {
      text: element('select', { id: 'filter-text' }),
      tag: element('select', { id: 'filter-tag' }),
      colour: element('select', { id: 'filter-colour' }),
    };
    for (const style of styleIds) this.style.append(element('option', { value: style, textContent: data.styleNames[style] }));
    const field = (label: string, control: HTMLElement) => element('p', { className: 'my-field' }, [element('label', { htmlFor: control.id }, [label]), ' ', control]);
    const importInput = element('input', { type: 'file', id: 'my-import', accept: '.jsonld,.json,application/ld+json,application/json' });
    const button = (label: string, run: () => void) => {
      const created = element('button', { type: 'button' }, [label]);
      created.addEventListener('click', run);
      return created;
    };
    root.replaceChildren(
      element('div', { className: 'my-filters' }, [
        field(messages.filterText, this.filters.text),
        field(messages.filterTag, this.filters.tag),
        field(messages.filterColour, this.filters.colour),
      ]),
      this.summary,
      this.list,
      element('div', { className: 'my-exports' }, [
        field(messages.style, this.style),
        element('p', {}, [
          button(messages.exportJson, () => this.exportJson()),
          ' ',
          button(messages.exportMarkdown, () => void this.exportMarkdown()),
          ' ',
          button(messages.exportCsl, () => void this.exportCsl()),
        ]),
        field(messages.import, importInput),
      ]),
    );
    for (const select of Object.values(this.filters)) select.addEventListener('change', () => this.render());
    importInput.addEventListener('change', () => {
      const file = importInput.files?.[0];
      if (!file) return;
      // Emptied at once, not when the import ends: a browser fires no change for the file the
      // input already holds, so choosing the same file again while this one anchors would be lost.
      importInput.value = '';
      // Imports wait for the stored annotations to load and for each other: one merged against a
      // list that a later load or import then overwrites would double every annotation it adds.
      this.pending = this.pending
        .then(() => this.import(file))
        .catch((error: unknown) => say(format(this.data.messages.importFailed, { reason: error instanceof Error ? error.message : String(error) })));
    });
  }

  /** The stored annotations loaded, then every import in the order the reader chose the files. */
  private pending: Promise<void> = Promise.resolve();

  load(): Promise<void> {
    this.pending = this.pending.then(() => this.loadStored());
    return this.pending;
  }

  private async loadStored(): Promise<void> {
    try {
      this.annotations = await allAnnotations();
    } catch (error) {
      say(storageMessage(this.data.messages, error));
      this.annotations = [];
    }
    await this.anchorAll();
    this.render();
  }

  private page(slug: string, lang: string): Promise<TextPage | undefined> {
    const key = `${slug}.${lang}`;
    if (this.pages.has(key)) return Promise.resolve(this.pages.get(key));
    return loadTextPage(slug, lang).then((page) => {
      this.pages.set(key, page);
      return page;
    });
  }

  private readonly orphans = new Set<string>();

  /** Re-anchors against the current texts, to mark orphans and link moved ones to where they are now. */
  private async anchorAll(): Promise<void> {
    this.orphans.clear();
    for (const annotation of this.annotations) {
      const page = await this.page(annotation.text, annotation.lang);
      if (!page) continue;
      const result = await reanchor(annotation, page.blocks, page.redirects);
      if (result.status === 'orphan') this.orphans.add(annotation.id);
      else annotation.block = result.block;
    }
  }

  private options(select: HTMLSelectElement, values: [string, string][]): void {
    const current = select.value;
    select.replaceChildren(
      element('option', { value: '', textContent: this.data.messages.all }),
      ...values.map(([value, label]) => element('option', { value, textContent: label })),
    );
    select.value = values.some(([value]) => value === current) ? current : '';
  }

  private shown(): ReaderAnnotation[] {
    const { text, tag, colour } = this.filters;
    return this.annotations.filter(
      (annotation) =>
        (!text.value || annotation.text === text.value) && (!tag.value || annotation.tags.includes(tag.value)) && (!colour.value || annotation.colour === colour.value),
    );
  }

  private render(): void {
    const { messages } = this.data;
    const titles = new Map((this.data.texts ?? []).map((text) => [text.slug, text]));
    this.options(
      this.filters.text,
      [...new Set(this.annotations.map((annotation) => annotation.text))].map((slug) => [slug, titles.get(slug)?.title ?? slug]),
    );
    this.options(
      this.filters.tag,
      [...new Set(this.annotations.flatMap((annotation) => annotation.tags))].sort().map((tag) => [tag, tag]),
    );
    this.options(
      this.filters.colour,
      highlightColours.filter((colour) => this.annotations.some((annotation) => annotation.colour === colour)).map((colour) => [colour, messages[`colours.${colour}`]]),
    );
    const shown = this.shown();
    this.summary.textContent = this.annotations.length === 0 ? messages.empty : format(messages.count, { count: String(shown.length) });
    this.list.replaceChildren(
      ...shown.map((annotation) => {
        const text = titles.get(annotation.text);
        const href = `/${this.data.locale}/texts/${annotation.text}#${annotation.block}`;
        const edit = element('button', { type: 'button' }, [messages.edit]);
        edit.addEventListener('click', () => this.edit(annotation));
        const remove = element('button', { type: 'button' }, [messages.remove]);
        remove.addEventListener('click', () => void this.remove(annotation));
        return element('li', { className: `my-annotation highlight-${annotation.colour}` }, [
          element('blockquote', { lang: annotation.lang }, [annotation.quote.exact]),
          element('p', { className: 'my-where' }, [
            `${text?.title ?? annotation.text}, `,
            this.orphans.has(annotation.id)
              ? element('span', { className: 'my-orphan' }, [messages.orphan])
              : element('a', { href }, [format(messages.paragraph, { number: annotation.block.slice(1) })]),
          ]),
          ...(annotation.note ? [element('p', { className: 'my-note' }, [annotation.note])] : []),
          ...(annotation.tags.length > 0 ? [element('p', { className: 'my-tags' }, [`${messages.tags}: ${annotation.tags.join(', ')}`])] : []),
          element('p', { className: 'my-actions' }, [edit, ' ', remove]),
        ]);
      }),
    );
  }

  private edit(annotation: ReaderAnnotation): void {
    this.editor.open({
      quote: annotation.quote.exact,
      values: { colour: annotation.colour, note: annotation.note, tags: annotation.tags },
      existing: true,
      onSave: (values) => void this.save([{ ...annotation, ...values, modified: new Date().toISOString() }], this.data.messages.saved),
      onRemove: () => void this.remove(annotation),
    });
  }

  private async save(annotations: ReaderAnnotation[], message: string): Promise<boolean> {
    try {
      await saveAnnotations(annotations);
    } catch (error) {
      say(storageMessage(this.data.messages, error));
      return false;
    }
    const byId = new Map(this.annotations.map((annotation) => [annotation.id, annotation]));
    for (const annotation of annotations) byId.set(annotation.id, annotation);
    this.annotations = [...byId.values()].sort((a, b) => a.created.localeCompare(b.created));
    this.render();
    say(message);
    return true;
  }

  private async remove(annotation: ReaderAnnotation): Promise<void> {
    try {
      await deleteAnnotations([annotation.id]);
    } catch (error) {
      say(storageMessage(this.data.messages, error));
      return;
    }
    this.annotations = this.annotations.filter((candidate) => candidate.id !== annotation.id);
    this.render();
    say(this.data.messages.removed, { label: this.data.messages.undo, run: () => void this.save([annotation], this.data.messages.saved) });
  }

  private exportJson(): void {
    const collection = toAnnotationCollection(this.shown(), {
      origin: targetOrigin(this.data, location.origin),
      label: this.data.messages.collectionLabel,
      now: new Date(),
      id: `urn:uuid:${crypto.randomUUID()}`,
    });
    download('my-annotations.jsonld', 'application/ld+json', `${JSON.stringify(collection, null, 2)}\n`);
  }

  /** Citations of every shown annotation's ¶, from the text pages (fetched once per text version). */
  private async citations(): Promise<Cite> {
    const style = (styleIds as readonly string[]).includes(this.style.value) ? (this.style.value as StyleId) : 'chicago';
    const shown = this.shown();
    for (const annotation of shown) await this.page(annotation.text, annotation.lang);
    return (annotation) => {
      const cite = this.pages.get(`${annotation.text}.${annotation.lang}`)?.cite;
      if (!cite) return undefined;
      // The note form: a full reference with the ¶ as pin-cite and today as access date, as a first
      // footnote in a paper gives it; the link goes to the exact ¶.
      const now = new Date();
      const text = runsText(fillRuns(cite, cite.templates.styles[style].note.single, cite.templates.dates[style], now, annotation.block));
      const url = `${workUrl(cite)}#${annotation.block}`;
      const parsed: unknown = JSON.parse(fillExports(cite, now).json);
      const csl = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown>;
      return { text, url, csl };
    };
  }

  private async exportMarkdown(): Promise<void> {
    const cite = await this.citations();
    download('my-annotations.md', 'text/markdown', toMarkdown(this.shown(), cite, { note: this.data.messages.markdownNote, tags: this.data.messages.markdownTags }));
  }

  private async exportCsl(): Promise<void> {
    const cite = await this.citations();
    download('my-annotations.csl.json', 'application/vnd.citationstyles.csl+json', `${JSON.stringify(toCslJson(this.shown(), cite), null, 2)}\n`);
  }

  private async import(file: File): Promise<void> {
    let imported: ReaderAnnotation[];
    try {
      imported = parseAnnotationExport(JSON.parse(await file.text()));
    } catch (error) {
      say(format(this.data.messages.importFailed, { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const { merged, added, updated } = mergeAnnotations(this.annotations, imported);
    const changed = merged.filter((annotation) => !this.annotations.includes(annotation));
    if (await this.save(changed, format(this.data.messages.imported, { added: String(added), updated: String(updated) }))) {
      await this.anchorAll();
      this.render();
    }
  }
}
