// Glassdoor job search: the current cards (li[data-test="jobListing"] with JobCard_* classes, markup of
// index/Birappa87-job_portal_extractor__glassdoor-job-card-fragment.html) and the 2020 cards
// (li.react-job-listing, index/taejoonn-job-search__glassdoor-job-listing-cards-fragment-2020.html).
export default {
  id: 'glassdoor',
  label: 'Glassdoor',
  kind: 'job',
  matches: [
    'https://*.glassdoor.com/*', 'https://*.glassdoor.co.uk/*', 'https://*.glassdoor.co.in/*',
    'https://*.glassdoor.ca/*',
  ],
  hosts: [/(^|\.)glassdoor\.(com|co\.uk|co\.in|ca)$/],
  listPaths: [/^\/(Job|Jobs)\//i, /^\/job-listing\//, /^\/Search\//],
  urlExamples: ['https://www.glassdoor.com/Job/new-york-software-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,26.htm'],
  cards: ['li[data-test="jobListing"]', 'li[data-jobid]', 'li.react-job-listing', '[data-test="job-card-wrapper"]'],
  fields: {
    title: ['[data-test="job-title"]', 'a.jobTitle', '.job-title', '[class*="JobCard_jobTitle"]'],
    organization: [
      '[class*="EmployerProfile_compactEmployerName"]', '[class*="EmployerProfile_employerName"]',
      '.jobHeader a span', '.employerName', '[data-test="employer-name"]',
    ],
    location: ['[data-test="emp-location"]', '.loc', '[class*="JobCard_location"]', { sel: ':scope', attr: 'data-job-loc' }],
    date: ['[data-test="job-age"]', '[class*="JobCard_listingAge"]'],
    url: [
      { sel: 'a[data-test="job-title"]', attr: 'href' }, { sel: 'a.jobTitle', attr: 'href' },
      { sel: 'a[data-test="job-link"]', attr: 'href' }, { sel: 'a.jobLink', attr: 'href' },
    ],
    description: ['[data-test="descSnippet"]', '.descSnippet', '[class*="JobCard_jobDescriptionSnippet"]'],
  },
  badgeAt: { sel: ['[data-test="emp-location"]', '.loc', '[data-test="job-title"]'], position: 'after' },
  detail: {
    pane: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', '#JDCol'],
    title: ['[data-test="job-title"]', 'h1', 'h2'],
    url: { param: 'jl', template: '{origin}/job-listing/?jl={}' },
  },
};
