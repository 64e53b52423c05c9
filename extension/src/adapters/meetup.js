// Meetup group pages and event search. Each markup Meetup has used, newest first:
// - 2024 group pages (index/aimug-org-alc-docs__meetup-austin-langchain-group-home.html and
//   index/hiancdtrsnm-meetup-notifier__meetup-wordpress-valencia-events.html): a[id^="event-card-"]
//   cards with a <time> and a cardTitle span; search cards (data-testid=categoryResults-eventCard);
// - 2020–2023 group event lists (tests/extension/fixtures/meetup-2023-group-events.html): div.eventCard
//   with a.eventCard--link (its text a screen-reader copy), a.eventCardHead--title, the group's name,
//   <time datetime> in epoch milliseconds and the venue in <address>.
export default {
  id: 'meetup',
  label: 'Meetup',
  kind: 'event',
  matches: ['https://www.meetup.com/*'],
  hosts: [/^(www\.)?meetup\.com$/],
  listPaths: [/^\/find\//, /^\/[^/]+\/events\/?(\?|$)/, /^\/[^/]+\/?(\?|$)/, /^\/[a-z]{2}-[A-Z]{2}\/find\//],
  urlExamples: ['https://www.meetup.com/austin-langchain-ai-group/', 'https://www.meetup.com/find/?keywords=python'],
  pageOrganization: ['a[href*="/groups/"] h1', 'h1#group-name-link', 'h1'],
  // On the group page the card link holds links of its own, so parsed HTML splits it into
  // several <a> with one id: the card is the div around them.
  cards: [
    '[data-testid="categoryResults-eventCard"]',
    '[data-event-label="Event card"]',
    'div[id^="e-"]:has(> a[data-event-label*="event-card-"])',
    'div:has(> a[data-event-label*="event-card-"])',
    'a[id^="event-card-"]',
    'div.eventCard',
  ],
  fields: {
    title: ['[class*="cardTitle"]', '.eventCardHead--title', 'h2', 'h3', 'span.ds-font-title-3'],
    organization: ['[data-testid="groupName"]', '.eventCardHead--groupName', 'p.text-gray6'],
    location: ['span.text-gray6', '[data-testid="venue"]', '.venueDisplay address', 'address'],
    date: [{ sel: 'time', attr: 'datetime' }, 'time'],
    url: [{ sel: 'a[data-event-label*="event-card-"]', attr: 'href' }, { sel: 'a.eventCardHead--title', attr: 'href' }, { sel: ':scope', attr: 'href' }, { sel: 'a[href*="/events/"]', attr: 'href' }],
  },
  badgeAt: { sel: ['time'], position: 'after', cardPosition: 'after' },
};
