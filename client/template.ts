/**
 * What every browser script of the edition uses to turn strings and data into the page: interface
 * strings with `{name}` placeholders (from messages/, ICU plurals already resolved by the page) and
 * elements built without HTML strings.
 */

/** `{name}` placeholders filled in; an unknown one stays visible rather than vanishing silently. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** An element with properties and children (text or nodes), never through innerHTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  Object.assign(created, properties);
  created.append(...children);
  return created;
}
