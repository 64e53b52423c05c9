// Greenhouse job boards: the classic boards.greenhouse.io/<company> (div.opening in section.level-0)
// and the newer job-boards.greenhouse.io/<company> (tr.job-post rows). No real page of these is in
// the shared realpages; tests/extension/fixtures/greenhouse-*.html follow their real structure.
export default {
  id: 'greenhouse',
  label: 'Greenhouse',
  kind: 'job',
  matches: [
    'https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  hosts: [/^(boards|job-boards|job-boards\.eu)\.greenhouse\.io$/],
  listPaths: [/^\/[^/]+\/?(\?|$)/, /^\/embed\/job_board/],
  urlExamples: ['https://boards.greenhouse.io/acme', 'https://job-boards.greenhouse.io/acme'],
  organizationFromUrl: (url) => (url.pathname.split('/')[1] === 'embed'
    ? url.searchParams.get('for') : url.pathname.split('/')[1]),
  pageOrganization: [{ sel: 'meta[property="og:site_name"]', attr: 'content' }, '#header .company-name', '.company-name'],
  cards: ['tr.job-post', 'div.opening', '[data-mapped="true"].opening', 'a[href*="/jobs/"]'],
  fields: {
    title: ['p.body--medium', 'a[data-mapped]', ':scope > a', 'a', ':scope'],
    location: ['p.body--metadata', 'span.location', '.location'],
    url: [{ sel: 'a', attr: 'href' }, { sel: ':scope', attr: 'href' }],
  },
  badgeAt: { sel: ['td.cell', 'span.location'], position: 'append' },
};
