/** Types of scripts/mime-types.js (plain JavaScript: the server imports it uncompiled). */
export interface FileType {
  suffix: string;
  type: string;
  compressible: boolean;
}
export const fileTypes: FileType[];
export const defaultType: string;
export const cslJsonPrefix: string;
export const cslJsonType: string;
export function fileTypeOf(pathname: string): { type: string; compressible: boolean };
export const compressiblePattern: RegExp;
