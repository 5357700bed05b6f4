import type { Nodes } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** Renders a sanitised hast tree as React elements (never as an HTML string). */
export function hastToReact(tree: Nodes, components: Partial<Components> = {}): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
