import type { ReactNode } from 'react';
import './globals.css';
import './reader.css';
import './annotations.css';
// The reading layer's styles too: one stylesheet for every reader page, not a second render-blocking request (issue #11).
import './reading.css';
import './offline.css';

/**
 * Pass-through root layout: each top-level page (`/`, `/[locale]/…`, the 404 page) renders its own
 * `<html>` with the right `lang`.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
