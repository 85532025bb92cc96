/**
 * Words employees use for the same thing as the site: `cursus` for `opleiding`, `pop` for
 * `ontwikkelplan`, `apply` for `aanvragen`. Each group lists forms that mean one thing in
 * learning and development at a Dutch employer, in Dutch and English (people type English words
 * on a Dutch site and the reverse). Organisations add their own groups in `site.yaml`
 * (`synonyms:`). A query word in a group is also searched as the other forms the site uses; a
 * page found that way counts as matching that word, after the pages that match it as typed.
 *
 * Pure: the build makes the table for the site (`synonymTable`), the search page and the
 * relevance test plan queries with it (search-query.ts).
 */
import { isStopWord } from './search-stopwords.ts';
import { type Lexicon, tokens } from './search-words.ts';

/**
 * The groups every site starts with, one a line, forms separated by commas. Kept to words that
 * mean the same thing to someone looking for a course, a person or a rule; plural and English
 * forms are listed where Pagefind's Dutch stemming would not join them.
 */
export const BUILT_IN_SYNONYMS: readonly string[] = [
  // What you can follow.
  'opleiding, opleidingen, cursus, cursussen, training, trainingen, course, courses, scholing',
  'workshop, workshops, masterclass, kennissessie, lunchlezing, webinar',
  'e-learning, elearning, online cursus, online course, zelfstudie, digitaal leren',
  'leergang, programma, traject, programme, program',
  'certificaat, diploma, certificering, certificate, certification, getuigschrift, papiertje, diplomaatje',
  'mbo, middelbaar beroepsonderwijs, vocational training',
  'hbo, hoger beroepsonderwijs, hogeschool, bachelor',
  // Asking for it and paying for it.
  'aanvragen, aanvraag, apply, application, request, aanmelden, aanmelding, inschrijven, inschrijving, enrol, enroll, register',
  'leerbudget, ontwikkelbudget, opleidingsbudget, studiebudget, scholingsbudget, learning budget, training budget, leergeld, studiegeld, scholingsgeld, opleidingsgeld, potje, hoeveel mag ik uitgeven, mag ik uitgeven',
  'ikb, individueel keuzebudget, keuzebudget',
  'levenlanglerenkrediet, leven lang leren krediet, lllk',
  'deeltijd, parttime, part-time, naar rato',
  'studiekosten, vergoeding, kosten, costs, cost, reimbursement, fee',
  'terugbetalen, terugbetaling, terugbetalingsregeling, studiekostenbeding, repay, repayment',
  'subsidie, sectorfonds, fonds, grant, funding',
  'studieverlof, studietijd, leertijd, study leave',
  'gratis, kosteloos, free',
  // Conversations and plans.
  'ontwikkelgesprek, popgesprek, pop-gesprek, jaargesprek, jaarlijks gesprek, jaarlijkse gesprek, gesprek met mijn leidinggevende, gesprek met mijn manager, gesprek met je leidinggevende, functioneringsgesprek, beoordelingsgesprek, planningsgesprek, voortgangsgesprek, gesprekscyclus, appraisal, performance review',
  'ontwikkelplan, pop, persoonlijk ontwikkelplan, development plan, idp',
  'loopbaangesprek, loopbaanadvies, career conversation, career advice',
  'zelfscan, zelftest, test, self-assessment, self assessment, zelfevaluatie, waar sta ik, waar ik sta, waar ben ik goed in, waar ik goed in ben',
  'feedback, terugkoppeling, kritiek, opbouwende kritiek, aanspreken, elkaar aanspreken',
  // People.
  'leidinggevende, leidinggevenden, manager, managers, teamleider, baas, chef, supervisor',
  'leidinggeven, leiderschap, leadership, management, managen',
  'expert, experts, deskundige, specialist, vraagbaak, aanspreekpunt',
  'coaching, coach, coachen, begeleiding, mentoring, mentor, guidance',
  'buddy, maatje, mentor',
  "collega, collegas, collega's, colleague, colleagues",
  'medewerker, medewerkers, werknemer, werknemers, employee, employees, personeel, staff',
  // Ways of learning at work.
  'intervisie, collegiale consultatie, casuistiekbespreking, casusbespreking, casussen bespreken, casus bespreken, peer consultation, peer supervision, peer review',
  'meelopen, meekijken, shadowing, job shadowing, snuffelstage, meedraaien',
  'inwerken, inwerkprogramma, onboarding, introductie, induction, starter, starters, nieuwkomer, nieuwkomers, eerste werkdag, nieuwe collega, nieuwe medewerker, net begonnen, pas begonnen, net gestart, net in dienst, nieuw hier, eerste week, eerste weken, eerste dagen, eerste maanden',
  'mobiliteit, doorgroeien, doorstromen, overstappen, job rotation, jobrotation',
  // The phrases say nothing word by word; together they ask where one's work is going.
  'loopbaan, carriere, career, heroriëntatie, heroriënteren, op mijn plek, welke kant ik op wil, niet wat ik wil, niet meer wat ik wil, wil met mijn werk, bij me past, bij mij past, toe aan iets anders, iets anders wil, iets anders gaan doen',
  'ervaringen, ervaring, leerverhaal, leerverhalen, ervaringsverhaal, story, stories, experience',
  'functie, functies, rol, role, roles, functieprofiel, functieomschrijving, job',
  'beleidsadviseur, beleidsmedewerker, policy adviser, policy advisor, policy officer',
  'niveau, nivo, level',
  'competentie, competenties, vaardigheid, vaardigheden, skill, skills, competency, competencies',
  'vakbekwaamheid, vakmanschap, deskundigheid, expertise',
  // Subjects.
  'begrijpelijk, b1, jip en janneketaal, ambtelijk, ambtelijke taal, jargon, vaktaal, moeilijke woorden, taalniveau b1, eenvoudige taal, heldere taal, klare taal, jip en janneke, jip-en-janneketaal, plain language, helder schrijven',
  'schrijven, schrijfvaardigheid, writing',
  'excel, spreadsheet, spreadsheets, rekenblad, xzoeken, vertzoeken, vlookup, xlookup, formules',
  'draaitabel, draaitabellen, pivot, pivottable, pivottables, pivot table, pivot tables',
  'dashboard, dashboards, rapportage, rapportages, grafieken, visualisatie, visualisation, power bi, powerbi, tableau',
  'data, gegevens, cijfers, datagedreven, informatiegestuurd, statistiek, statistics, numbers',
  'betrouwbaar, betrouwbaarheid, reliable, reliability, trustworthy',
  'privacy, avg, gdpr, gegevensbescherming, persoonsgegevens, personal data, data protection, dpia, privacy impact assessment, datalek, datalekken, data breach',
  'informatiebeveiliging, security, beveiliging, cybersecurity, phishing, tweestapsverificatie, twee staps verificatie, 2fa, mfa, wachtwoord, wachtwoorden, password',
  'agressie, geweld, intimidatie, bedreiging, dreigend, bedreigd, aggression, aggressive, agressief, boze klant, boze inwoner, boze burger, angry, abusive',
  'klantcontact, klantcontactcentrum, kcc, contactcentrum, callcenter, customer contact',
  'klantgerichtheid, klantgericht, dienstverlening, gastvrijheid, klantvriendelijk, klantenservice, customer service',
  'samenwerken, samenwerking, teamwork, collaboration, verbindend',
  'projectmatig, projectmanagement, projectleiding, projectleider, projectleiders, projectregie, project management, project manager, prince2',
  'digitale vaardigheden, computervaardigheden, ict, computer, digital skills',
  'presenteren, presentatie, presentation, presenting, pitchen',
  'timemanagement, tijdmanagement, time management, plannen, prioriteren',
  'verandermanagement, veranderen, change management, reorganisatie',
  'conflicthantering, conflict, conflicten, lastige gesprekken, moeilijke gesprekken, slechtnieuwsgesprek',
  'vitaliteit, gezondheid, welzijn, werkdruk, stress, wellbeing, burn-out',
  'inzetbaarheid, employability, duurzame inzetbaarheid',
  // Everyday words of the work, for colleagues who type them in English.
  'methode, methoden, method, methods, werkvorm, werkvormen, aanpak',
  'brief, brieven, letter, letters, correspondentie',
  'klant, klanten, customer, customers, client, clients',
  'inwoner, inwoners, burger, burgers, resident, residents, citizen, citizens',
  'gemeente, municipality, council',
  'balie, loket, front desk, frontoffice',
  'telefoon, telefonisch, phone, telephone, bellen',
  'beleid, policy, policies',
  'adviseur, adviseurs, adviser, advisor, advisers, advisors, consultant',
  'gesprek, gesprekken, conversation, conversations',
  'voorbereiden, voorbereiding, prepare, preparation',
  'welkom, welcome, kennismaking, kennismaken',
  'proeftijd, probation, probationary period',
  'wet, wetgeving, law, legislation',
  'vergunning, vergunningen, permit, permits, licence, license',
  // Where to find things.
  'agenda, startdatum, startdata, uitvoeringen, calendar, schedule, rooster',
  'nieuwsbrief, newsletter, feed, rss, abonneren, subscribe',
  'omgevingswet, planning act, environmental planning act',
  'nt2, nederlands als tweede taal, dutch course, dutch lessons, taalles, taalcursus',
  'vergaderen, vergadertechniek, meeting, meetings, voorzitten',
  'toegankelijkheid, toegankelijk, toegankelijkheidsverklaring, accessibility, accessible, accessibility statement, wcag',
];

/** The most words a form of a group may have: the planning looks up this many neighbours together. */
export const MAX_PHRASE = 5;

/** A query word searched as at most this many other forms (each one Pagefind search). */
export const MAX_SYNONYMS = 3;

/** Normalised form of a synonym entry: its tokens (stop words kept) joined by a space. */
const key = (entry: string) => tokens(entry).join(' ');

/** Synonym tables for the search page: the built-in groups (`common`) and the site's (`own`). */
export interface SynonymTables {
  common: Record<string, string[]>;
  own: Record<string, string[]>;
}

/** The built-in groups as lists of forms. */
export const builtInGroups = (): string[][] => BUILT_IN_SYNONYMS.map((line) => line.split(','));

/**
 * The synonyms of `groups`: per normalised word or phrase of up to five words, the other forms of its
 * groups, in the order of the groups; a form in several groups gets the forms of all of them.
 * With a lexicon (for the built-in groups) only the forms the site's lexicon knows, so that
 * every search they cause can find something; without (the site's own groups, which editors
 * write for words that may stand only in the body of a page) every form.
 */
export function synonymTable(
  groups: readonly (readonly string[])[],
  lexicon?: Lexicon,
): Record<string, string[]> {
  // A form with stop words is an expression (`op mijn plek`): looked up, never searched, since
  // Pagefind would search its stop words too.
  const usable = (form: string) => {
    const words = form.split(' ');
    return !words.some(isStopWord) && (!lexicon || words.every((w) => lexicon.knows(w)));
  };
  const table: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = [...new Set(group.map(key).filter(Boolean))];
    // One form per stem: `opleidingen` finds what `opleiding` finds.
    const targets = forms
      .filter(usable)
      .filter((t, i, all) => !all.slice(0, i).some((before) => sameStem(before, t)));
    if (!targets.length) continue;
    for (const form of forms) {
      // The planning looks up at most MAX_PHRASE neighbours together (search-query.ts).
      if (form.split(' ').length > MAX_PHRASE) continue;
      const others = targets.filter((t) => t !== form && !sameStem(t, form));
      if (!others.length) continue;
      const list = (table[form] ??= []);
      for (const t of others) if (!list.includes(t)) list.push(t);
    }
  }
  return table;
}

/** Forms Pagefind's stemming finds anyway: one starts with the other and adds at most 3 letters. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !short.includes(' ') && long.startsWith(short) && long.length - short.length <= 3;
}
