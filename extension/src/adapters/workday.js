// Workday career sites (<tenant>.wdN.myworkdayjobs.com), markup of
// index/adfrisealach-workday-scraper__workday-autodesk-search-results-rendered.html: list items
// holding a[data-automation-id="jobTitle"], locations and postedOn blocks.
export default {
  id: 'workday',
  label: 'Workday',
  kind: 'job',
  matches: ['https://*.myworkdayjobs.com/*'],
  hosts: [/\.myworkdayjobs\.com$/],
  listPaths: [/^\/([a-z]{2}-[A-Z]{2}\/)?[^/]+\/?(\?|$)/, /^\/([a-z]{2}-[A-Z]{2}\/)?[^/]+\/jobs\/?(\?|$)/],
  urlExamples: ['https://autodesk.wd1.myworkdayjobs.com/en-US/Ext', 'https://acme.wd5.myworkdayjobs.com/Careers'],
  organizationFromUrl: (url) => url.hostname.split('.')[0],
  pageOrganization: [{ sel: 'meta[property="og:site_name"]', attr: 'content' }],
  cards: [
    'section[data-automation-id="jobResults"] li:has(a[data-automation-id="jobTitle"])',
    'li:has(a[data-automation-id="jobTitle"])',
    '[data-automation-id="compositeContainer"]',
  ],
  fields: {
    title: ['a[data-automation-id="jobTitle"]', 'h3'],
    location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
    date: ['[data-automation-id="postedOn"] dd'],
    url: [{ sel: 'a[data-automation-id="jobTitle"]', attr: 'href' }],
  },
  badgeAt: { sel: ['h3'], position: 'append' },
};
