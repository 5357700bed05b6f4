/** The EPUB's stylesheet: the reading font, the English set off from the German, quiet links for glossary terms. */
export function epubCss(fontFaces: string, family: string): string {
  return `${fontFaces}
body { font-family: "${family}", serif; line-height: 1.45; margin: 0 auto; padding: 0 1em; max-width: 40em; }
h1 { font-size: 1.5em; font-weight: 600; margin: 1em 0 0.5em; }
h2, h3, h4 { font-weight: 600; margin: 1.5em 0 0.5em; }
h2 { font-size: 1.25em; } h3 { font-size: 1.1em; } h4 { font-size: 1em; }
h2 .version, h3 .version, h4 .version { display: block; }
h2 .version.en, h3 .version.en, h4 .version.en { font-weight: 400; font-style: italic; }
.block { margin: 0 0 1.2em; }
.block p { margin: 0; }
.block p + p, li p + p { margin-top: 0.35em; }
p.en, li p.en { color: #3a3a3a; font-size: 0.95em; padding-left: 0.8em; border-left: 2px solid #bbb; }
.number { font-size: 0.75em; color: #555; font-style: normal; font-weight: 400; white-space: nowrap; }
li { margin-bottom: 0.8em; }
li p { margin: 0; }
a.term { color: inherit; text-decoration: underline dotted #888; }
sup a { text-decoration: none; }
.subtitle { font-size: 1.2em; font-style: italic; }
.credits { list-style: none; padding: 0; }
.sources, .forms { font-size: 0.9em; }
.back { font-size: 0.9em; }
dt { font-weight: 600; margin-top: 1em; }
dd { margin: 0.2em 0 0 1em; }
dd p { margin: 0.2em 0; }
`;
}
