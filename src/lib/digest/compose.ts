/**
 * The newsletter as the three files an editor gets: the HTML mail (MJML), its plain-text
 * alternative (html-to-text) and an `.eml` holding both (nodemailer's MailComposer):
 * multipart/alternative, UTF-8, marked as unsent so that Outlook opens it as a draft to send.
 */
import { convert } from 'html-to-text';
import mjml2html from 'mjml';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DigestContent } from './select.ts';
import { digestMjml, digestSubject, type MailContext } from './template.ts';

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
  /** The whole message, as an `.eml` file holds it. */
  eml: Buffer;
}

/** An address as written (`"Team Leren" <leren@organisatie.nl>`, a list) or as name and address. */
export type MailAddress = string | { name: string; address: string };

export interface MailAddresses {
  /** Sender; left out when unknown (the mail program fills it in). */
  from?: MailAddress | undefined;
  /** Recipients; left out when unknown. */
  to?: MailAddress | undefined;
}

/** HTML to text: headings as written, a link's address after its text unless it is the same. */
const toText = (html: string) =>
  convert(html, {
    wordwrap: 76,
    selectors: [
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    ],
  });

/** Renders the newsletter of `content` and packs it into a message. */
export async function composeDigest(
  context: MailContext,
  content: DigestContent,
  addresses: MailAddresses = {},
): Promise<DigestMail> {
  const subject = digestSubject(context, content);
  // Strict: a template mistake fails here instead of silently dropping part of the mail.
  // No fonts: MJML would otherwise fetch some from Google for names in the font stack.
  const { html } = await mjml2html(digestMjml(context, content), {
    validationLevel: 'strict',
    keepComments: false,
    fonts: {},
  });
  const text = toText(html);
  const eml = await new MailComposer({
    ...(addresses.from ? { from: addresses.from } : {}),
    ...(addresses.to ? { to: addresses.to } : {}),
    subject,
    text,
    html,
    textEncoding: 'quoted-printable',
    // Outlook opens a message with this header as a draft, ready to send.
    headers: { 'X-Unsent': '1' },
  })
    .compile()
    .build();
  return { subject, html, text, eml };
}
