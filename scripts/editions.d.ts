/** Types of scripts/editions.js (plain JavaScript: start.js and next.config.js import it uncompiled). */
export const publishedDir: string;
export const editionsDir: string;
export const stagingRelative: string;
export const stagingDir: string;
export const stampName: string;
export function prepareStaging(): void;
export function publishedEdition(): string | undefined;
export function publishedBuiltAt(): string | undefined;
export function publishStaging(): string;
