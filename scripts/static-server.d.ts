/** Types of scripts/static-server.js (plain JavaScript: start.js imports it uncompiled). */
import type { Server } from 'node:http';
export type ParsedTarget = { ok: true; segments: string[]; directory: boolean } | { ok: false; status: 400 | 404 | 414 };
export function parseTarget(target: string): ParsedTarget;
export const allowedMethods: string;
export function createStaticServer(out: string): Server;
export function fileForTarget(root: string, target: string): string | undefined;
