// LinkedIn job search, logged out (guest /jobs/search, markup of
// index/Aayussh017-LinkedIn-Job-Scraper__linkedin-guest-jobs-search-46-jobs-india.html and the
// older result-card markup of index/juniorguru-junior.guru__linkedin-guest-search-more-results.html)
// and logged in (/jobs/search/, /jobs/collections/: job-card-container in a list that LinkedIn
// swaps in place without a page load).
export default {
  id: 'linkedin',
  label: 'LinkedIn',
  kind: 'job',
  matches: ['https://*.linkedin.com/jobs/*'],
  hosts: [/(^|\.)linkedin\.com$/],
  listPaths: [/^\/jobs\/(search|collections)(\/|\?|$)/, /^\/jobs\/?(\?|$)/, /^\/jobs\/[^/]*-jobs/],
  urlExamples: [
    'https://www.linkedin.com/jobs/search?keywords=engineer&location=India',
    'https://www.linkedin.com/jobs/search/?currentJobId=1&keywords=python',
    'https://www.linkedin.com/jobs/collections/recommended/',
  ],
  cards: [
    'li[data-occludable-job-id]',
    '.job-card-container[data-job-id]',
    '.base-card.job-search-card',
    'div.base-search-card[data-entity-urn*="jobPosting"]',
    'li.result-card.job-result-card',
  ],
  fields: {
    title: [
      '.job-card-list__title--link strong', '.job-card-list__title', '.job-card-container__link',
      '.base-search-card__title', '.result-card__title', 'h3',
    ],
    organization: [
      '.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description',
      '.job-card-container__company-name', '.base-search-card__subtitle', '.result-card__subtitle', 'h4',
    ],
    location: [
      '.job-card-container__metadata-item', '.artdeco-entity-lockup__caption li',
      '.job-search-card__location', '.job-result-card__location',
    ],
    date: [{ sel: 'time', attr: 'datetime' }, 'time'],
    url: [
      { sel: 'a.job-card-container__link', attr: 'href' }, { sel: 'a.job-card-list__title', attr: 'href' },
      { sel: 'a.base-card__full-link', attr: 'href' }, { sel: 'a.result-card__full-card-link', attr: 'href' },
      { sel: ':scope', attr: 'data-occludable-job-id', template: '{origin}/jobs/view/{}/' },
      { sel: '[data-job-id]', attr: 'data-job-id', template: '{origin}/jobs/view/{}/' },
      { sel: 'a[href*="/jobs/view/"]', attr: 'href' },
    ],
    description: ['.job-result-card__snippet', '.job-card-list__insight'],
  },
  badgeAt: {
    sel: ['.artdeco-entity-lockup__content', '.base-search-card__info', '.result-card__contents'],
  },
  // the selected job, shown beside the list (logged in): what a click on the toolbar estimates
  detail: {
    pane: ['.jobs-search__job-details--container', '.jobs-search__job-details', '.jobs-details', '.details-pane__content'],
    title: ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', 'h1', 'h2'],
    url: { param: 'currentJobId', template: '{origin}/jobs/view/{}/' },
  },
};
