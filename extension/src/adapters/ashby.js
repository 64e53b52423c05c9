// Ashby job boards: jobs.ashbyhq.com/<company>. The board is a React app with hashed class names,
// so cards are the job links (a[href^="/<company>/<uuid>"]) holding an h3 title, with class-substring
// fallbacks. No real page in the shared realpages; tests/extension/fixtures/ashby-board.html
// follows the real structure.
export default {
  id: 'ashby',
  label: 'Ashby',
  kind: 'job',
  matches: ['https://jobs.ashbyhq.com/*'],
  hosts: [/^jobs\.ashbyhq\.com$/],
  listPaths: [/^\/[^/]+\/?(\?|$)/],
  urlExamples: ['https://jobs.ashbyhq.com/acme'],
  organizationFromUrl: (url) => url.pathname.split('/')[1],
  pageOrganization: [{ sel: 'meta[property="og:site_name"]', attr: 'content' }],
  cards: ['a[class*="_container_"][href*="/"]:has(h3)', 'a[class*="jobPosting"]', 'a[href]:has(> div > h3)'],
  fields: {
    title: ['h3', '[class*="_title_"]'],
    location: ['[class*="_details_"] p', 'p'],
    url: [{ sel: ':scope', attr: 'href' }],
  },
  badgeAt: { sel: [], cardPosition: 'after' },
};
