// People you know there: the person's own connections (imported on the options page from a
// LinkedIn export) kept in chrome.storage.local, which only the extension's own pages and its
// worker may read. Names, e-mails and profile links never leave the browser: an estimate carries
// only counts and positions per organization on the page (the API's `profile.contacts`), and
// the popup shows the names from storage.

export const STORAGE_KEY = 'contacts';
// As the API's profile schema allows.
const MAX_ORGANIZATIONS = 200;
const MAX_POSITIONS = 50;
const MAX_TEXT = 200;

// Legal forms say how a company is registered, not which one it is ("Vercel, Inc." is Vercel);
// the same list as the API's names.py, so that both sides call the same names equal.
const LEGAL_FORMS = new Set(('inc incorporated corp corporation co company llc llp lp ltd limited plc pllc gmbh mbh '
  + 'ag kg kgaa se sa sas sasu sarl srl spa sl slu bv nv oy oyj ab as asa aps pty pte pvt private kk ug sdn bhd '
  + 'sro zoo').split(' '));
// Words people leave off when they name a company ("Palantir" for "Palantir Technologies"),
// dropped only at the end and only when something is left.
const DESCRIPTORS = new Set(('technologies technology tech labs lab group holdings holding software systems solutions '
  + 'international global worldwide enterprises industries services').split(' '));
// Latin letters that Unicode does not decompose into a base letter and an accent.
const LETTERS = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
// What people write in the company field when they work for no organization: matches nothing.
const NO_ORGANIZATION = new Set(['self employed', 'freelance', 'freelancer', 'independent', 'independent consultant',
  'stealth', 'stealth startup', 'stealth mode', 'confidential', 'retired', 'unemployed', 'open to work', 'student',
  'none', 'na', 'n a', 'various']);
// Words inside brackets that mark another name of the same organization: "Meta (formerly Facebook)".
const ALIAS_MARKERS = /^(?:formerly|previously|now|aka|a k a|dba|d b a|t a|trading as|ex)\s+/;
// Organizations widely known by two names (a rename, or a short name the company uses itself).
// Each line is one organization; any of its names matches any other.
const KNOWN_ALIASES = [
  ['meta', 'meta platforms', 'facebook'],
  ['alphabet', 'google'],
  ['x', 'x corp', 'twitter'],
  ['amazon web services', 'aws'],
  ['pwc', 'pricewaterhousecoopers'],
  ['ey', 'ernst and young'],
  ['bcg', 'boston consulting group'],
  ['ibm', 'international business machines'],
  ['hp', 'hewlett packard'],
  ['hpe', 'hewlett packard enterprise'],
  ['p and g', 'procter and gamble'],
  ['jpmorgan chase', 'jpmorgan', 'jp morgan', 'jp morgan chase'],
  ['ge', 'general electric'],
  ['gm', 'general motors'],
  ['vw', 'volkswagen'],
  ['bofa', 'bank of america'],
];

/** The words of a name: accents, case and punctuation gone, a leading "the" and legal forms dropped. */
export function nameWords(name) {
  let plain = String(name || '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  plain = plain.replace(/[ßøæœłđðþı]/g, (c) => LETTERS[c]).replace(/&/g, ' and ').replace(/\./g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}{1,2}\/)+\p{L}{1,2}(?![\p{L}\p{N}])/gu, (s) => s.replace(/\//g, '')); // "A/S" is "as"
  let words = plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  while (words.length > 1 && (LEGAL_FORMS.has(words[words.length - 1]) || words[words.length - 1] === 'and')) words = words.slice(0, -1);
  return words;
}

function loose(words) {
  let out = words;
  while (out.length > 1 && DESCRIPTORS.has(out[out.length - 1])) out = out.slice(0, -1);
  return out.join(' ');
}

const ALIASES = new Map();
for (const names of KNOWN_ALIASES) for (const name of names) ALIASES.set(name, names[0]);

/**
 * The keys a name is known by: its words, without trailing descriptors, the name in and out of
 * brackets ("Amazon Web Services (AWS)"), and the known alias of each.
 */
export function organizationKeys(name) {
  const text = String(name || '');
  const parts = [text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')];
  for (const [, inner] of text.matchAll(/[([]([^)\]]+)[)\]]/g)) parts.push(nameWords(inner).join(' ').replace(ALIAS_MARKERS, ''));
  const keys = new Set();
  for (const part of parts) {
    const words = nameWords(part);
    const strict = words.join(' ');
    if (!strict || NO_ORGANIZATION.has(strict)) continue;
    for (const key of [strict, loose(words)]) {
      keys.add(key);
      if (ALIASES.has(key)) keys.add(`alias:${ALIASES.get(key)}`);
    }
  }
  return keys;
}

/** Whether two names name one organization. */
export function sameOrganization(a, b) {
  const keys = organizationKeys(a);
  for (const key of organizationKeys(b)) if (keys.has(key)) return true;
  return false;
}

/** Whether `text` ("Jane Doe, CTO at Vercel") names the organization, as whole words. */
export function mentions(text, name) {
  const wanted = nameWords(String(name || '').replace(/\([^)]*\)/g, ' '));
  if (!wanted.length || wanted.join(' ').length < 3 || NO_ORGANIZATION.has(wanted.join(' '))) return false;
  const said = nameWords(text);
  return said.some((_, i) => wanted.every((word, j) => said[i + j] === word));
}

/** The people of an imported export, indexed by their organizations' keys. */
export class ContactBook {
  constructor(people = []) {
    this.people = people.filter((p) => p && typeof p.company === 'string' && p.company.trim());
    this.byKey = new Map();
    for (const person of this.people) {
      for (const key of organizationKeys(person.company)) {
        if (!this.byKey.has(key)) this.byKey.set(key, new Set());
        this.byKey.get(key).add(person);
      }
    }
  }

  get size() {
    return this.people.length;
  }

  /** How many organizations they work at (spellings of one name count once; "self-employed" none). */
  get organizations() {
    const names = new Set();
    for (const person of this.people) {
      const [key] = organizationKeys(person.company);
      if (key) names.add(key);
    }
    return names.size;
  }

  /** The people at an organization named as the page names it. */
  at(organization) {
    const found = new Set();
    for (const key of organizationKeys(organization)) for (const person of this.byKey.get(key) || []) found.add(person);
    return Array.from(found);
  }

  /** The people whose organization a speaker's line names ("Jane Doe, CTO at Vercel"). */
  mentionedIn(text) {
    return this.people.filter((person) => mentions(text, person.company));
  }

  /**
   * Who you know where, for the organizations of a page: `organizations` as the page names them
   * (the employer, the organizer), `speakers` as the page lists them. [{organization, people}].
   */
  groups({ organizations = [], speakers = [] }) {
    const groups = new Map(); // the organization's name as sent → people
    const add = (name, people) => {
      if (!people.length) return;
      const group = groups.get(name) || new Set();
      people.forEach((p) => group.add(p));
      groups.set(name, group);
    };
    for (const name of organizations) if (typeof name === 'string' && name.trim()) add(name.trim(), this.at(name));
    for (const line of speakers) {
      if (typeof line !== 'string') continue;
      // the API finds a speaker's organization by its words in the speaker's line
      for (const person of this.mentionedIn(line)) add(person.company.trim(), [person]);
    }
    return Array.from(groups, ([organization, people]) => ({ organization, people: Array.from(people) }));
  }
}

/**
 * What an estimate may carry: per organization, how many people and their positions. Never a
 * name, an e-mail or a link: positions that hold the person's own name, an address or a link
 * are left out.
 */
export function aggregates(groups) {
  return groups.slice(0, MAX_ORGANIZATIONS).map(({ organization, people }) => {
    const positions = [];
    for (const person of people) {
      const position = String(person.position || '').trim().slice(0, MAX_TEXT);
      if (!position || positions.includes(position) || revealing(position, person)) continue;
      positions.push(position);
      if (positions.length >= MAX_POSITIONS) break;
    }
    return { organization: organization.slice(0, MAX_TEXT), count: people.length, positions };
  });
}

function revealing(position, person) {
  if (/@|https?:|www\.|\.[a-z]{2,}\//i.test(position)) return true;
  const own = nameWords(`${person.first || ''} ${person.last || ''}`).filter((w) => w.length >= 3);
  const said = new Set(nameWords(position));
  return own.some((word) => said.has(word));
}

/** The organizations a page's structured data names: employer, organizer, speakers' employers. */
export function organizationsInJsonLd(objects) {
  const organizations = [];
  const speakers = [];
  const name = (value) => (typeof value === 'string' ? value : (value && typeof value.name === 'string' ? value.name : ''));
  const each = (value) => (Array.isArray(value) ? value : (value ? [value] : []));
  const walk = (object, depth) => {
    if (!object || typeof object !== 'object' || depth > 4) return;
    if (Array.isArray(object)) {
      object.forEach((o) => walk(o, depth + 1));
      return;
    }
    for (const key of ['hiringOrganization', 'organizer']) for (const v of each(object[key])) if (name(v)) organizations.push(name(v));
    for (const key of ['performer', 'performers', 'actor']) {
      for (const v of each(object[key])) {
        for (const org of [...each(v && v.worksFor), ...each(v && v.affiliation)]) if (name(org)) speakers.push(name(org));
      }
    }
    for (const key of ['@graph', 'itemListElement', 'item', 'subEvent']) walk(object[key], depth + 1);
  };
  walk(objects, 0);
  return { organizations, speakers };
}

/** The organizations an answer's opportunity names: its employer or organizer, its speakers. */
export function organizationsOfOpportunity(opportunity) {
  const o = opportunity && typeof opportunity === 'object' ? opportunity : {};
  return {
    organizations: typeof o.organization === 'string' && o.organization ? [o.organization] : [],
    speakers: Array.isArray(o.speakers) ? o.speakers.filter((s) => typeof s === 'string') : [],
  };
}

/** The organizations an item to estimate names before the API reads it: a card's, or its structured data's. */
export function organizationsOfItem(item) {
  if (item && item.opportunity) return organizationsOfOpportunity(item.opportunity);
  if (item && item.page) return organizationsInJsonLd(item.page.jsonld || []);
  return { organizations: [], speakers: [] };
}

function together(list) {
  return { organizations: list.flatMap((o) => o.organizations), speakers: list.flatMap((o) => o.speakers) };
}

/**
 * `ask(items, profile)` (the API: items in, answers out in order) with the counts of the people
 * you know at the organizations on the page in `profile.contacts`. The counts for what the cards
 * or the structured data name go with the first request; items whose answer names another
 * organization where you know people (a page the API read from its text) are asked again with
 * those counts too: the page's analysis is cached by then, so the second answer is cheap.
 */
export async function askWithContacts(book, items, profile, ask) {
  if (!book.size) return ask(items, profile);
  const sent = (groups) => (groups.length ? { ...profile, contacts: aggregates(groups) } : profile);
  const before = book.groups(together(items.map(organizationsOfItem)));
  const results = await ask(items, sent(before));
  const again = [];
  const found = [];
  results.forEach((result, i) => {
    if (!result || result.error) return;
    const known = (group, among) => among.some((other) => sameOrganization(other.organization, group.organization));
    const fresh = book.groups(organizationsOfOpportunity(result.opportunity)).filter((group) => !known(group, before));
    if (!fresh.length) return;
    again.push(i);
    found.push(...fresh.filter((group) => !known(group, found)));
  });
  if (!again.length) return results;
  // a failed second ask leaves the first answers: they are right, only without the counts
  const answers = await Promise.resolve(ask(again.map((i) => items[i]), sent([...before, ...found]))).catch(() => null);
  if (answers) again.forEach((i, j) => { if (answers[j] && !answers[j].error) results[i] = answers[j]; });
  return results;
}

/** The imported people, from storage (trusted contexts only). */
export async function loadContactBook() {
  const { [STORAGE_KEY]: stored } = await chrome.storage.local.get(STORAGE_KEY);
  return new ContactBook(stored && Array.isArray(stored.people) ? stored.people : []);
}
