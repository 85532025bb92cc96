/**
 * Building the DOM in the browser modules: `el(doc, 'p', { class: 'x' }, 'text', child)` makes
 * an element with attributes (left out when `undefined`, `''` for a boolean one) and children.
 * Text always goes in as text, never as markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}
