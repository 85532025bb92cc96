/**
 * How the web editor reads and writes an entry file (Decap CMS custom format, registered by
 * `src/client/cms.ts`). Reading keeps the front matter as written; writing changes only the
 * values the editor changed, node by node (`yaml`'s document API), so comments, quotes, key order
 * and untouched lines stay exactly as they were. New files get the fields in the form's order.
 * Values a YAML 1.1 reader would take for something else (a time `09:30`, `yes`, `on`) are
 * quoted; a calendar day (`2026-03-15`) stays a plain date, the form the checker reads.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type Node } from 'yaml';

/** The key under which the front matter as read travels through the editor to the save. */
export const SOURCE_KEY = '__leerhuisSource';
/** The name of the picker inside an id-or-group field (`cms-fields.ts` `EITHER_ID`). */
export const EITHER_ID = 'profiel';

type Data = Record<string, unknown>;

/** Front matter and body of a Markdown file; a file without front matter is all body. */
export function splitEntry(text: string): { matter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { matter: match[1] ?? '', body: text.slice(match[0].length) } : { matter: '', body: text };
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v as Data).every(isEmpty));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plain = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data the editor's form shows: `author: noor-haddad` becomes `{ profiel: noor-haddad }`. */
export function readEntry(text: string, eitherFields: readonly string[]): Data {
  const { matter, body } = splitEntry(text);
  const data = (parse(matter) as Data | null) ?? {};
  for (const field of eitherFields)
    if (typeof data[field] === 'string') data[field] = { [EITHER_ID]: data[field] };
  return { ...data, body, [SOURCE_KEY]: matter };
}

/** An id-or-group value back in the schema's form: the id alone, or the group without the picker. */
function eitherValue(value: unknown): unknown {
  if (!plain(value)) return value;
  const { [EITHER_ID]: id, ...group } = value;
  if (typeof id === 'string' && id) return id;
  return group;
}

/** Drops what the form leaves empty (an untouched optional field), inside lists and groups too. */
function withoutEmpty(value: unknown): unknown {
  // A list item the editor added and left empty is no item (Decap shows one new run to start with).
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => !isEmpty(item));
  if (!plain(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => [k, withoutEmpty(v)]),
  );
}

/** Whether a YAML 1.1 reader (js-yaml, which the checker uses) would read this text as something else. */
function misread(text: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    return parse(text, { version: '1.1' }) !== text;
  } catch {
    return true;
  }
}

/** A new node for `value`, with every text a YAML 1.1 reader would misread in quotes. */
function newNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && misread(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

/** Sets `to` under `key` of a map or sequence node, changing only what differs from `from`. */
function patch(doc: Document, parent: Node, key: string | number, from: unknown, to: unknown): void {
  if (same(from, to)) return;
  const node = (parent as { get(k: unknown, keepScalar: true): unknown }).get(key, true) as Node | undefined;
  const set = (value: unknown) =>
    (parent as { set(k: unknown, v: unknown): void }).set(key, newNode(doc, value));
  if (node && isMap(node) && plain(from) && plain(to)) return patchMap(doc, node, from, to);
  if (node && isSeq(node) && Array.isArray(from) && Array.isArray(to)) return patchSeq(doc, node, from, to);
  if (node && isScalar(node) && typeof to === typeof from && typeof to !== 'object') {
    node.value = to;
    if (typeof to === 'string' && misread(to)) node.type = 'QUOTE_DOUBLE';
    return;
  }
  set(to);
}

function patchMap(doc: Document, node: Node, from: Data, to: Data): void {
  const map = node as unknown as { delete(k: string): void; set(k: string, v: unknown): void };
  for (const key of Object.keys(from)) if (!(key in to)) map.delete(key);
  for (const [key, value] of Object.entries(to)) {
    if (key in from) patch(doc, node, key, from[key], value);
    else map.set(key, newNode(doc, value));
  }
}

function patchSeq(doc: Document, node: Node, from: unknown[], to: unknown[]): void {
  const seq = node as unknown as { items: unknown[] };
  to.forEach((value, i) => {
    if (i < from.length) patch(doc, node, i, from[i], value);
    else seq.items.push(newNode(doc, value));
  });
  seq.items.splice(to.length);
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A line that starts a top-level field (`title:`, `"key":`), as opposed to its value's lines, comments and blank lines. */
const TOP_KEY = /^("[^"\n]*"|'[^'\n]*'|[^\s#'"?:\-][^:\n]*?)\s*:(?:\s|$)/;

/**
 * The front matter with every field the editor did not change exactly as it was in the file (the
 * YAML library would rewrite `{ a: 1 }` as `{a: 1}`, for one): the source is cut into one block
 * per top-level field (its key line and the value's lines under it; comment and blank lines
 * between fields stay where they are) and only the blocks of changed fields are written anew,
 * from the patched document, comments inside them kept. New fields go at the end.
 */
function keepUntouched(source: string, doc: Document, before: Data, after: Data): string {
  const lines = source.split(/(?<=\n)/);
  const blocks: { key?: string; text: string }[] = [];
  lines.forEach((line, i) => {
    const key = TOP_KEY.exec(line)?.[1];
    const last = blocks.at(-1);
    const inside = /^[ \t]+[^\s#]/.test(line) || (/^\s*$|^[ \t]*#/.test(line) && continues(lines, i));
    if (key !== undefined) blocks.push({ key: key.replace(/^(["'])(.*)\1$/, '$2'), text: line });
    else if (last?.key !== undefined && inside) last.text += line;
    else blocks.push({ text: line });
  });
  const fieldText = (key: string) => {
    const single = new Document({});
    (single.contents as unknown as { set(k: string, v: unknown): void }).set(key, doc.get(key, true));
    return single.toString(STRINGIFY);
  };
  let out = '';
  for (const block of blocks) {
    if (block.key === undefined) out += block.text;
    else if (!(block.key in after)) continue;
    else out += same(before[block.key], after[block.key]) ? block.text : fieldText(block.key);
  }
  for (const key of Object.keys(after)) if (!(key in before)) out += fieldText(key);
  return out;
}

/** Whether a blank or comment line at `i` sits inside a value (indented lines of the same field follow). */
function continues(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (/^\s*$|^[ \t]*#/.test(line)) continue;
    return /^[ \t]+\S/.test(line);
  }
  return false;
}

/**
 * A value with the keys of every map in `order`: the form's field names, nested ones as dotted
 * paths (`cost.amount`, `runs.start`; Decap passes them so), others after them as they came.
 */
function inOrder(value: unknown, order: readonly string[], path = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => inOrder(item, order, path));
  if (!plain(value)) return value;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const rank = (key: string) => {
    const i = order.indexOf(at(key));
    return i < 0 ? order.length : i;
  };
  return Object.fromEntries(
    Object.keys(value)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => [key, inOrder(value[key], order, at(key))]),
  );
}

/**
 * The file for the data the editor saves. With the front matter it was read from, only changed
 * values are rewritten; a new file has the fields in `order` (the form's order), then any others.
 */
export function writeEntry(
  data: Data,
  eitherFields: readonly string[],
  order: readonly string[] = [],
): string {
  const { body, [SOURCE_KEY]: source, ...fields } = data;
  for (const field of eitherFields) if (field in fields) fields[field] = eitherValue(fields[field]);
  const doc = typeof source === 'string' ? parseDocument(source) : new Document({});
  const before = (typeof source === 'string' ? (parse(source) as Data | null) : null) ?? {};
  // An empty value is written only where the file had it so; otherwise the field is left out.
  const after: Data = {};
  for (const [key, value] of Object.entries(fields)) {
    const kept = withoutEmpty(value);
    if (!isEmpty(kept)) after[key] = kept;
    else if (key in before && same(before[key], value)) after[key] = value;
  }
  const sorted = typeof source === 'string' ? after : (inOrder(after, order) as Data);
  // Front matter that is not a map (empty, or a stray list) is replaced by the form's fields.
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as Document['contents'];
  patchMap(doc, doc.contents as Node, plain(before) ? before : {}, sorted);
  const matter =
    typeof source === 'string' && plain(before) && Object.keys(before).length
      ? keepUntouched(source, doc, before, sorted)
      : doc.toString(STRINGIFY);
  const text = typeof body === 'string' ? body : '';
  return `---\n${matter === '{}\n' ? '' : matter}---\n${text.startsWith('\n') || !text ? text : `\n${text}`}${text.endsWith('\n') || !text ? '' : '\n'}`;
}
