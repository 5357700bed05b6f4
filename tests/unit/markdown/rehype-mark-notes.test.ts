import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMarkNotes, type NoteAnchor } from '@/lib/markdown/rehype-mark-notes';

function note(id: string, quote: string, extra: Partial<NoteAnchor> = {}): NoteAnchor {
  return { id, block: 'p1', quote, number: 1, origin: { file: 'annotations/notes/x.yaml', line: 7 }, ...extra };
}

function mark(html: string, notes: NoteAnchor[]) {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const file = new VFile();
  const result = unified().use(rehypeMarkNotes, { notes }).runSync(tree, file) as Root;
  return { html: toHtml(result), messages: file.messages.map((message) => `${message.file}:${message.line}: ${message.reason}`), placed: file.data.notesPlaced };
}

/** The plugin over its own output. */
function markAgain(html: string, notes: NoteAnchor[]) {
  return mark(mark(html, notes).html, notes);
}

describe('rehypeMarkNotes', () => {
  it('wraps the quoted words and puts the numbered marker after them', () => {
    expect(mark('<p data-block="p1">nach Großbritanien und zurück</p>', [note('sic', 'Großbritanien', { number: 3 })]).html).toBe(
      '<p data-block="p1">nach <span data-note="sic">Großbritanien</span><sup data-note-marker="sic">3</sup> und zurück</p>',
    );
  });

  it('covers inline markup that lies wholly inside the quote', () => {
    expect(mark('<p data-block="p1">die Zeitschrift <em>offen-siv</em> im März</p>', [note('n', 'Zeitschrift offen-siv im')]).html).toBe(
      '<p data-block="p1">die <span data-note="n">Zeitschrift <em>offen-siv</em> im</span><sup data-note-marker="n">1</sup> März</p>',
    );
  });

  it('nests a note that lies inside another', () => {
    const { html, messages } = mark('<p data-block="p1">eins zwei drei vier</p>', [note('inner', 'zwei', { number: 2 }), note('outer', 'eins zwei drei', { number: 1 })]);
    expect(messages).toEqual([]);
    expect(html).toBe(
      '<p data-block="p1"><span data-note="outer">eins <span data-note="inner">zwei</span><sup data-note-marker="inner">2</sup> drei</span><sup data-note-marker="outer">1</sup> vier</p>',
    );
  });

  it('picks the chosen occurrence of a quote that is not unique', () => {
    expect(mark('<p data-block="p1">Streik, Streik, Streik</p>', [note('n', 'Streik', { occurrence: 2 })]).html).toBe(
      '<p data-block="p1">Streik, <span data-note="n">Streik</span><sup data-note-marker="n">1</sup>, Streik</p>',
    );
  });

  it('reports a quote that is not found, with the note’s file and line', () => {
    expect(mark('<p data-block="p1">Text</p>', [note('n', 'fehlt')]).messages).toEqual(['annotations/notes/x.yaml:7: the quote of note “n” is not in block p1: “fehlt”']);
  });

  it('reports a quote found more than once without a choice', () => {
    expect(mark('<p data-block="p1">Streik, Streik</p>', [note('n', 'Streik')]).messages).toEqual(['annotations/notes/x.yaml:7: the quote of note “n” occurs 2 times in block p1']);
  });

  it('reports an occurrence that does not exist', () => {
    expect(mark('<p data-block="p1">Streik</p>', [note('n', 'Streik', { occurrence: 3 })]).messages[0]).toMatch(/asks for occurrence 3 of its quote, but block p1 has 1/);
  });

  it('reports an unknown block', () => {
    expect(mark('<p data-block="p1">Text</p>', [note('n', 'Text', { block: 'p9' })]).messages[0]).toMatch(/anchored to block p9, which this version does not have/);
  });

  it('reports two notes that overlap without nesting', () => {
    const { messages, html } = mark('<p data-block="p1">eins zwei drei</p>', [note('a', 'eins zwei'), note('b', 'zwei drei')]);
    expect(messages).toEqual(['annotations/notes/x.yaml:7: note “b” overlaps note “a” in block p1 without one containing the other']);
    expect(html).toContain('<span data-note="a">eins zwei</span>');
  });

  it('reports a quote that crosses the edge of a link, and one inside a link', () => {
    expect(mark('<p data-block="p1">siehe <a href="https://x.org">die Quelle</a> hier</p>', [note('n', 'Quelle hier')]).messages[0]).toMatch(
      /crosses the edge of a link or of emphasis/,
    );
    expect(mark('<p data-block="p1">siehe <a href="https://x.org">die Quelle</a> hier</p>', [note('n', 'Quelle')]).messages[0]).toMatch(/lies inside a link/);
  });

  it('wraps a whole link and keeps the marker outside it', () => {
    expect(mark('<p data-block="p1">siehe <a href="https://x.org">die Quelle</a></p>', [note('n', 'die Quelle')]).html).toBe(
      '<p data-block="p1">siehe <span data-note="n"><a href="https://x.org">die Quelle</a></span><sup data-note-marker="n">1</sup></p>',
    );
  });

  it('records the notes placed, in reading order', () => {
    expect(mark('<p data-block="p1">eins zwei</p>', [note('b', 'zwei', { number: 2 }), note('a', 'eins', { number: 1 })]).placed).toEqual([
      { id: 'a', block: 'p1', number: 1 },
      { id: 'b', block: 'p1', number: 2 },
    ]);
  });

  describe('running it twice changes nothing', () => {
    it('neither nests spans nor repeats the marker', () => {
      const notes = [note('sic', 'Großbritanien', { number: 3 })];
      const html = '<p data-block="p1">nach Großbritanien und zurück</p>';
      expect(markAgain(html, notes)).toEqual(mark(html, notes));
      expect(markAgain(html, notes).html.match(/data-note-marker/g)).toHaveLength(1);
    });

    it('keeps nested notes, notes over markup and a chosen occurrence as they are', () => {
      const cases: [string, NoteAnchor[]][] = [
        ['<p data-block="p1">eins zwei drei vier</p>', [note('inner', 'zwei', { number: 2 }), note('outer', 'eins zwei drei', { number: 1 })]],
        ['<p data-block="p1">die Zeitschrift <em>offen-siv</em> im März</p>', [note('n', 'Zeitschrift offen-siv im')]],
        ['<p data-block="p1">Streik, Streik, Streik</p>', [note('n', 'Streik', { occurrence: 2 })]],
        ['<p data-block="p1">siehe <a href="https://x.org">die Quelle</a></p>', [note('n', 'die Quelle')]],
        // A quote that ends in a digit: the marker's number must not be read as part of the text.
        ['<p data-block="p1">im Jahr 2022 und 2023</p>', [note('n', 'Jahr 2022', { number: 1 })]],
      ];
      for (const [html, notes] of cases) expect(markAgain(html, notes)).toEqual(mark(html, notes));
    });
  });
});
