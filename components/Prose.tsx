import { proseToHast } from '@/lib/markdown/prose-to-hast';
import { hastToReact } from '@/lib/render/hast-to-react';

/** Editorial Markdown (edition notes, note bodies), sanitised and rendered as React elements. */
export function Prose({ markdown, className = 'prose' }: { markdown: string; className?: string }) {
  return <div className={className}>{hastToReact(proseToHast(markdown))}</div>;
}
