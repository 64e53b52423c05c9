// Lever job boards: jobs.lever.co/<company>, div.posting with a.posting-title > h5[data-qa=posting-name].
// No real page in the shared realpages; tests/extension/fixtures/lever-board.html follows the real structure.
export default {
  id: 'lever',
  label: 'Lever',
  kind: 'job',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  hosts: [/^jobs(\.eu)?\.lever\.co$/],
  listPaths: [/^\/[^/]+\/?(\?|$)/],
  urlExamples: ['https://jobs.lever.co/acme', 'https://jobs.lever.co/acme?team=Engineering'],
  organizationFromUrl: (url) => url.pathname.split('/')[1],
  pageOrganization: [{ sel: 'meta[property="og:title"]', attr: 'content' }],
  cards: ['div.posting[data-qa-posting-id]', 'div.posting', 'a.posting-title'],
  fields: {
    title: ['[data-qa="posting-name"]', 'h5', '.posting-title'],
    location: ['.posting-categories .location', '.sort-by-location', '.workplaceTypes'],
    url: [{ sel: 'a.posting-title', attr: 'href' }, { sel: ':scope', attr: 'href' }],
    description: ['.posting-categories .department', '.sort-by-team'],
  },
  badgeAt: { sel: ['.posting-categories'], position: 'append' },
};
