/** hyphen (npm) ships no types: the one function the edition uses, per its README. */
declare module 'hyphen/de' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
