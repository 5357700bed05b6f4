/**
 * The edition's subset font in the EPUB: of the files scripts/build-fonts.ts writes (one per Unicode
 * subset and style), those that cover a character the book uses, with `@font-face` rules for them.
 */
export interface FontFile {
  /** File name, e.g. source-serif-4-latin-400-normal.woff2 */
  name: string;
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** Unicode ranges the file covers, [first, last] code points. */
  ranges: readonly (readonly [number, number])[];
  data: Uint8Array;
}

export function fontsFor(content: string, fonts: readonly FontFile[]): FontFile[] {
  const used = new Set<number>();
  for (const character of content) used.add(character.codePointAt(0) ?? 0);
  const codes = [...used];
  return fonts.filter((font) => codes.some((code) => font.ranges.some(([from, to]) => code >= from && code <= to)));
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase()}`;

export function fontFaceCss(fonts: readonly FontFile[], folder: string): string {
  return fonts
    .map((font) =>
      [
        '@font-face {',
        `  font-family: "${font.family}";`,
        `  font-style: ${font.style};`,
        `  font-weight: ${font.weight};`,
        `  src: url("${folder}/${font.name}") format("woff2");`,
        `  unicode-range: ${font.ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to).slice(2)}`)).join(', ')};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
