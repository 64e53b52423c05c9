// The popup: ask the service worker to read the tab and estimate it, then show the answer.
// Everything from the page or the API is rendered as text.
import { el, clear, safeHref } from '../shared/dom.js';
import { renderEstimate, verdictLabel } from '../shared/estimate-view.js';
import { loadContactBook, organizationsOfOpportunity } from '../shared/contacts.js';

const out = document.getElementById('out');

async function targetTabId() {
  // ?tab=<id> lets a test or a script point the popup at a tab; otherwise the active tab
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

function message(kind, title, ...lines) {
  return el('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    el('strong', {}, title), lines.filter(Boolean).map((line) => el('p', { class: 'hint' }, line)));
}

function pageLine(snapshot) {
  return snapshot && snapshot.title ? el('p', { class: 'page-title', title: snapshot.url || '' }, snapshot.title) : null;
}

function listRows(list) {
  return list.map((result) => {
    if (result.error) {
      const words = result.error.status === 422 ? 'Not a job or an event' : 'No estimate for this one';
      return el('li', {}, el('span', { class: 't' }, words), el('span', { class: 'pill error' }, '–'));
    }
    const opportunity = result.opportunity || {};
    return el('li', {},
      el('span', { class: 't' }, opportunity.title || '', opportunity.organization ? ` · ${opportunity.organization}` : ''),
      el('span', { class: `pill ${result.verdict}` }, `${verdictLabel(result.verdict)} · ${Math.round(result.score ?? 0)}`));
  });
}

function showList(reply) {
  const rows = listRows(reply.list);
  return [
    pageLine(reply.snapshot),
    el('p', {}, `A results page: ${reply.list.length} listings, estimated together.`),
    el('ul', { class: 'cards' }, rows),
    el('p', { class: 'tip' }, 'Badges on the page show the same estimates; hover one for its reasons.'),
  ];
}

const PEOPLE_SHOWN = 5;

/**
 * The people you know at the organizations of this estimate, read here from this browser's
 * storage (the API gets only their counts, and never answers with a name).
 */
async function peopleYouKnow(estimate) {
  const book = await loadContactBook();
  const groups = book.size ? book.groups(organizationsOfOpportunity(estimate.opportunity)) : [];
  if (!groups.length) return null;
  return el('section', { class: 'people' }, groups.map(({ organization, people }) => [
    el('h3', {}, `People you know at ${organization}`),
    el('ul', {}, people.slice(0, PEOPLE_SHOWN).map((person) => {
      const name = `${person.first} ${person.last}`.trim();
      const href = safeHref(person.url);
      return el('li', {},
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, name) : name,
        person.position ? el('span', { class: 'position' }, ` · ${person.position}`) : null);
    })),
    people.length > PEOPLE_SHOWN ? el('p', { class: 'more' }, `and ${people.length - PEOPLE_SHOWN} more`) : null,
  ]));
}

async function addPeople(root, estimate) {
  const people = await peopleYouKnow(estimate).catch(() => null);
  if (!people) return;
  // under the top reasons, above the folded details: the first thing to act on
  const after = root.querySelector('.top') || root.querySelector('.none') || root.querySelector('.what');
  if (after) after.after(people);
  else root.append(people);
}

async function show(reply) {
  clear(out);
  if (!reply) {
    out.append(message('error', 'No answer from the extension.', 'Reload the extension and try again.'));
    return;
  }
  if (!reply.ok) {
    const error = reply.error || {};
    if (error.kind === 'not_listing') {
      out.append(pageLine(reply.snapshot), message('info', 'This page is not a job listing or an event.',
        'Open a job posting, an event page or a results page and click again.', error.message ? `The API said: ${error.message}` : ''));
      return;
    }
    out.append(pageLine(reply.snapshot), message('error', error.message || 'Something went wrong.', error.hint));
    if (['unreachable', 'timeout', 'bad_response', 'insecure', 'not_granted'].includes(error.kind)) {
      out.append(el('p', {}, el('button', { type: 'button', class: 'link', onclick: () => chrome.runtime.openOptionsPage() }, 'Check the API address in the options')));
    }
    return;
  }
  if (reply.list && !reply.estimate) {
    out.append(...showList(reply));
    return;
  }
  const estimate = renderEstimate(reply.estimate, { profiled: Boolean(reply.profiled) });
  out.append(pageLine(reply.snapshot), estimate);
  if (reply.list && reply.list.length) {
    out.append(el('section', { class: 'also' }, el('h3', {}, `Also on this page: ${reply.list.length} listings`),
      el('ul', { class: 'cards' }, listRows(reply.list))));
  }
  if (!reply.profiled && !(reply.estimate.notes || []).length) {
    // the API's notes say what a profile would add when it has something to say; else this line does
    out.append(el('p', { class: 'tip' }, 'Estimated from the listing alone. ',
      el('button', { type: 'button', class: 'link', onclick: () => chrome.runtime.openOptionsPage() }, 'Add your profile'),
      ' to sharpen it.'));
  } else if (!reply.profiled) {
    out.append(el('p', { class: 'tip' }, el('button', { type: 'button', class: 'link', onclick: () => chrome.runtime.openOptionsPage() }, 'Open the options')));
  }
  return addPeople(estimate, reply.estimate);
}

async function run() {
  document.getElementById('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
  const tabId = await targetTabId();
  if (!tabId) {
    await show({ ok: false, error: { message: 'No tab to read.' } });
    return;
  }
  document.body.dataset.state = 'loading';
  let reply;
  try {
    reply = await chrome.runtime.sendMessage({ type: 'estimate-tab', tabId });
  } catch (error) {
    reply = { ok: false, error: { message: 'The extension could not read this page.', hint: 'Reload the page and click the toolbar button again.' } };
  }
  await show(reply);
  document.body.dataset.state = reply && reply.ok ? (reply.estimate ? 'estimate' : 'list') : ((reply && reply.error && reply.error.kind) || 'error');
}

run();
