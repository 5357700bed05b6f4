/** The part of astrocite-ris the tests use: its strict RIS grammar (an AST of entries and tags). */
declare module 'astrocite-ris' {
  export interface RisProperty {
    key: string;
    value: string;
  }
  export interface RisEntry {
    type: string;
    properties: RisProperty[];
  }
  export const AST: { parse(source: string): { children: RisEntry[] } };
}
