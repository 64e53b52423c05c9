// Luma calendars and discover pages (lu.ma/<calendar>, lu.ma/discover). Cards are a.event-link
// (aria-label = the event's name) beside a .content-card; there is no saved Luma list page in the
// shared realpages, so tests/extension/fixtures/luma-calendar.html follows the real structure.
export default {
  id: 'luma',
  label: 'Luma',
  kind: 'event',
  matches: ['https://lu.ma/*', 'https://luma.com/*'],
  hosts: [/^(lu\.ma|luma\.com)$/],
  listPaths: [/^\/(discover|calendar\/[^/]+|[^/]+)\/?(\?|$)/],
  urlExamples: ['https://lu.ma/discover', 'https://lu.ma/ethtaipei'],
  pageOrganization: [{ sel: 'meta[property="og:site_name"]', attr: 'content' }],
  cards: ['div.timeline-section div.card-wrapper', 'div.event-card', 'a.event-link.content-link'],
  fields: {
    title: ['h3', { sel: 'a.event-link', attr: 'aria-label' }, { sel: ':scope', attr: 'aria-label' }],
    organization: ['.by-line', '.host-name'],
    location: ['.attribute .text-ellipses', '.location', '.event-location'],
    date: [{ sel: 'time', attr: 'datetime' }, '.event-time', 'time'],
    url: [{ sel: 'a.event-link', attr: 'href' }, { sel: ':scope', attr: 'href' }],
  },
  badgeAt: { sel: ['h3'], position: 'after', cardPosition: 'append' },
};
