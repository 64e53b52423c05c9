// Indeed job search (markup of index/Dalton-K-Hughes-IndeedScraper__indeed-us-all-jobs-georgetown-ga.html):
// div.job_seen_beacon cards whose title link carries the job key in data-jk. Country sites
// (uk.indeed.com, de.indeed.com …) keep their own host in the links ({origin}).
export default {
  id: 'indeed',
  label: 'Indeed',
  kind: 'job',
  matches: ['https://*.indeed.com/*'],
  hosts: [/(^|\.)indeed\.com$/],
  listPaths: [/^\/(jobs|m\/jobs|q-[^/]*|l-[^/]*|cmp\/[^/]+\/jobs)/, /^\/?(\?|$)/],
  urlExamples: ['https://www.indeed.com/jobs?q=python&l=Boston%2C+MA', 'https://www.indeed.com/q-python-jobs.html'],
  cards: ['div.job_seen_beacon', 'li div.cardOutline', 'a.tapItem[data-jk]', 'div.result[data-jk]'],
  fields: {
    title: ['h2.jobTitle span[title]', 'a.jcs-JobTitle span', 'h2.jobTitle', '.jobTitle'],
    organization: ['[data-testid="company-name"]', '.companyName', '.company'],
    location: ['[data-testid="text-location"]', '.companyLocation', '.location'],
    date: ['[data-testid="myJobsStateDate"]', '.date'],
    url: [
      { sel: 'a[data-jk]', attr: 'data-jk', template: '{origin}/viewjob?jk={}' },
      { sel: ':scope', attr: 'data-jk', template: '{origin}/viewjob?jk={}' },
      { sel: 'a.jcs-JobTitle', attr: 'href' },
    ],
    description: ['.job-snippet', '[data-testid="jobsnippet_footer"] ul', '[data-testid="attribute_snippet_testid"]'],
  },
  badgeAt: { sel: ['.company_location', 'td.resultContent', 'h2.jobTitle'] },
  detail: {
    pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '[data-testid="vjJobDetails-test"]'],
    title: ['[data-testid="simpler-jobTitle"]', '.jobsearch-JobInfoHeader-title', 'h2', 'h1'],
    url: { param: 'vjk', template: '{origin}/viewjob?jk={}' },
  },
};
