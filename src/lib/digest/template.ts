/**
 * The newsletter as MJML, the markup of the MJML email framework, which turns it into HTML
 * that renders alike in Outlook for Windows, Gmail and Apple Mail (`compose.ts`): tables,
 * inline styles, 600 px wide. Every link is a full address. No images: see the README.
 * Dark mode: colours from the site's own palette (contrast-checked), switched by a media
 * query where the mail program supports one, and readable where it inverts colours itself.
 */
import { type UiKey, t } from '../../i18n/index.ts';
import type { SiteSettings } from '../../schemas/index.ts';
import type { Locale } from '../../schemas/fields.ts';
import { themeFor } from '../../styles/palette.ts';
import { formatDate, formatDateRange, formatRunDates } from '../dates.ts';
import { FEEDS, feedPath } from '../feeds.ts';
import { NEWS_COLLECTIONS } from '../news.ts';
import { absoluteUrl, entryPath, listPath } from '../urls.ts';
import { type DigestContent, type DigestItem, type DigestRun, RUNS_SHOWN } from './select.ts';

export interface MailContext {
  site: SiteSettings;
  /** Base path of the built site (LEERHUIS_BASE or site.yaml). */
  base: string;
  lang: Locale;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A UI text as HTML: its own words escaped, `{name}` placeholders filled with the HTML given. */
const textHtml = (lang: Locale, key: UiKey, html: Record<string, string> = {}) =>
  escapeHtml(t(lang, key)).replace(/\{(\w+)\}/g, (whole, name: string) => html[name] ?? whole);

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif";

/** The subject line: the site and the period. */
export function digestSubject({ site, lang }: MailContext, content: DigestContent): string {
  const { since, until } = content.period;
  return t(lang, 'digest.subject', {
    site: `${site.siteName} ${site.name}`,
    period: formatDateRange(since, until, lang),
  });
}

/** The newsletter of `content` as an MJML document. */
export function digestMjml(context: MailContext, content: DigestContent): string {
  const { site, base, lang } = context;
  const { light, dark } = themeFor(site.accentColor);
  const href = (path = '') => escapeHtml(absoluteUrl(site.url, base, path));
  const link = (path: string, text: string) =>
    `<a href="${href(path)}" style="color:${light.accent};text-decoration:underline">${escapeHtml(text)}</a>`;
  const langAttr = (itemLang: Locale) => (itemLang !== lang ? ` lang="${itemLang}"` : '');
  const heading = (text: string) =>
    `<h2 style="margin:0 0 12px;font-size:21px;line-height:1.3;font-weight:700">${escapeHtml(text)}</h2>`;
  const metaHtml = (html: string) =>
    `<p class="lh-muted" style="margin:0 0 4px;font-size:14px;line-height:1.5;color:${light.muted}">${html}</p>`;
  const meta = (text: string) => metaHtml(escapeHtml(text));
  const section = (inner: string, top = 8) =>
    `<mj-section css-class="lh-card" background-color="${light.bg}" padding="${top}px 0 8px"><mj-column><mj-text css-class="lh-text">${inner}</mj-text></mj-column></mj-section>`;

  const item = (i: DigestItem) => {
    const byline =
      i.facts ??
      [
        formatDate(i.date, lang),
        ...(i.authors.length ? [`${t(lang, 'entry.authors')} ${i.authors.join(', ')}`] : []),
      ].join(' · ');
    return `<div${langAttr(i.lang)} style="margin:0 0 18px"><h3 style="margin:0 0 4px;font-size:18px;line-height:1.35;font-weight:700">${link(entryPath(i.collection, i.id), i.title)}</h3><div lang="${lang}">${meta(byline)}</div><p style="margin:0">${escapeHtml(i.description)}</p></div>`;
  };
  const run = (r: DigestRun) => {
    const where = [r.location, ...(r.seats ? [t(lang, 'digest.seats', { seats: r.seats })] : [])].join(' · ');
    return `<div style="margin:0 0 14px"><p style="margin:0;font-weight:700">${escapeHtml(formatRunDates(r, lang))}</p><p${langAttr(r.course.lang)} style="margin:0">${link(entryPath('opleidingen', r.course.id), r.course.title)}</p>${meta(where)}</div>`;
  };

  const { since, until } = content.period;
  const period = formatDateRange(since, until, lang);
  const sections = NEWS_COLLECTIONS.filter((c) => content.news[c].length).map((c) =>
    section(`${heading(t(lang, `digest.section.${c}`))}${content.news[c].map(item).join('')}`),
  );
  if (content.runs.length) {
    const intro = t(lang, 'digest.runsIntro', {
      from: formatDate(content.runWindow.since, lang),
      to: formatDate(content.runWindow.until, lang),
    });
    const shown = content.runs.slice(0, RUNS_SHOWN);
    const more = content.runs.length - shown.length;
    const allCourses = link(listPath('opleidingen'), t(lang, 'digest.allCourses'));
    const rest = more
      ? metaHtml(textHtml(lang, 'digest.moreRuns', { count: String(more), link: allCourses }))
      : '';
    sections.push(
      section(
        `${heading(t(lang, 'digest.section.runs'))}<div style="margin:0 0 12px">${meta(intro)}</div>${shown.map(run).join('')}${rest}`,
      ),
    );
  }

  const { contact } = site;
  const contactLines = [
    `<strong>${escapeHtml(contact.name)}</strong>`,
    ...(contact.email
      ? [
          `<a href="mailto:${escapeHtml(contact.email)}" style="color:${light.accent}">${escapeHtml(contact.email)}</a>`,
        ]
      : []),
    ...(contact.phone
      ? [
          `<a href="tel:${escapeHtml(contact.phone.replace(/[^+0-9]/g, ''))}" style="color:${light.accent}">${escapeHtml(contact.phone)}</a>`,
        ]
      : []),
    ...(contact.url
      ? [
          `<a href="${escapeHtml(contact.url)}" style="color:${light.accent}">${escapeHtml(contact.url.replace(/^mailto:/, ''))}</a>`,
        ]
      : []),
  ];
  const siteTitle = `${site.siteName} ${site.name}`;
  const allFeed = FEEDS[0]!;

  const darkCss = (prefix: string) => `
    ${prefix}.lh-body, ${prefix}.lh-body > div { background-color: ${dark.surface} !important; }
    ${prefix}.lh-card, ${prefix}.lh-card > table, ${prefix}.lh-card td { background-color: ${dark.bg} !important; }
    ${prefix}.lh-text div, ${prefix}.lh-text p, ${prefix}.lh-text h2, ${prefix}.lh-text h3, ${prefix}.lh-text strong { color: ${dark.text} !important; }
    ${prefix}.lh-text .lh-muted { color: ${dark.muted} !important; }
    ${prefix}.lh-text a { color: ${dark.accent} !important; }`;

  return `<mjml lang="${lang}" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(digestSubject(context, content))}</mj-title>
    <mj-raw><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"></mj-raw>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="16px" line-height="1.5" color="${light.text}" padding="8px 28px" />
    </mj-attributes>
    <mj-style>
      :root { color-scheme: light dark; supported-color-schemes: light dark; }
      @media (prefers-color-scheme: dark) {${darkCss('')}
      }${darkCss('[data-ogsc] ')}
    </mj-style>
  </mj-head>
  <mj-body width="600px" background-color="${light.surface}" css-class="lh-body">
    <mj-section background-color="${light.accent}" padding="24px 0 20px">
      <mj-column>
        <mj-text color="${light.onAccent}" font-size="14px" padding="0 28px 4px">${escapeHtml(t(lang, 'digest.kicker', { site: siteTitle }))}</mj-text>
        <mj-text color="${light.onAccent}" padding="0 28px 4px"><h1 style="margin:0;font-size:28px;line-height:1.25;font-weight:700">${escapeHtml(t(lang, 'digest.heading'))}</h1></mj-text>
        <mj-text color="${light.onAccent}" font-size="16px" padding="0 28px">${escapeHtml(period)}</mj-text>
      </mj-column>
    </mj-section>
    ${section(`<p style="margin:0">${escapeHtml(t(lang, 'digest.intro', { period }))}</p>`, 24)}
    ${sections.join('\n    ')}
    ${section(`${heading(t(lang, 'footer.contact'))}<p style="margin:0">${contactLines.join('<br>')}</p>`, 16)}
    <mj-section padding="16px 0 24px">
      <mj-column>
        <mj-text css-class="lh-text" font-size="14px" color="${light.muted}">
          <p class="lh-muted" style="margin:0 0 8px">${textHtml(lang, 'digest.siteLink', { link: link('', siteTitle) })}</p>
          <p class="lh-muted" style="margin:0">${textHtml(lang, 'digest.feedLink', { link: link(feedPath(allFeed), t(lang, 'digest.feedName')) })}</p>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}
