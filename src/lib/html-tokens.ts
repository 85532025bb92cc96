/**
 * Reading untrusted markup as a browser would: the scheme an address really has (after every
 * layer of encoding), and the tags and comments of an HTML fragment from parse5's HTML5
 * tokenizer, tag by tag, so tags the tree builder would drop or move are still seen.
 */
import { decodeString } from 'micromark-util-decode-string';
import { Tokenizer, type Token } from 'parse5';
import { msg, type Message, type UiKey } from '../i18n/index.ts';

/** Schemes that run code or smuggle in a document when a link is followed. */
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|livescript|data):/;

/**
 * The scheme of a URL as a browser (or a lenient intermediary) would read it: entities and
 * backslash escapes decoded, percent-escapes decoded, whitespace and control characters
 * removed (browsers drop tabs and newlines anywhere), lower-cased. Decoding repeats so that
 * double encoding does not hide a scheme either.
 */
export function dangerousScheme(url: string): string | undefined {
  let value = url;
  for (let round = 0; round < 4; round++) {
    const before = value;
    value = decodeString(value);
    value = value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    value = value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
    if (value === before) break;
  }
  const match = DANGEROUS_SCHEME.exec(value.toLowerCase());
  return match ? match[0] : undefined;
}

export function urlProblem(url: string, what: Message | string): Message | undefined {
  const scheme = dangerousScheme(url);
  if (!scheme) return undefined;
  return scheme === 'data:' ? msg('check.url.data', { what }) : msg('check.url.script', { what, scheme });
}

/** Tags, comments and other markup in one raw HTML fragment, as the HTML5 tokenizer sees them. */
export type MarkupToken = Token.TagToken | Token.CommentToken | Token.DoctypeToken;

export interface Markup {
  tokens: MarkupToken[];
  /** Line (1-based, within the fragment) where the fragment ends inside an unfinished tag or comment. */
  unfinished?: { line: number; what: UiKey };
}

const EOF_ERRORS: Record<string, UiKey> = {
  'eof-in-tag': 'check.html.unfinished.tag',
  'eof-in-comment': 'check.html.unfinished.comment',
  'eof-in-doctype': 'check.html.unfinished.declaration',
};

export function tokenize(html: string): Markup {
  const markup: Markup = { tokens: [] };
  const keep = (token: MarkupToken) => markup.tokens.push(token);
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: keep,
      onEndTag: ignore,
      onComment: keep,
      onDoctype: keep,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onParseError: (error) => {
        const what = EOF_ERRORS[error.code];
        if (what && !markup.unfinished) markup.unfinished = { line: error.startLine, what };
      },
    },
  );
  tokenizer.write(html, true);
  return markup;
}
