// Options: the profile (the API's profile shape), the people you know (an imported connections
// export), the API's address, badges per site, and a preview of what is sent. All of it is kept
// in chrome.storage.local.
import { ADAPTERS } from '../adapters/index.js';
import { el, clear } from '../shared/dom.js';
import { DEFAULT_API_BASE_URL, cleanProfile, getSettings, normalizeBaseUrl } from '../shared/settings.js';
import { ContactBook, STORAGE_KEY as CONTACTS } from '../shared/contacts.js';
import { ConnectionsError, readConnections } from './connections.js';

const form = document.getElementById('form');
const LISTS = ['target_roles', 'skills', 'industries', 'avoid', 'languages', 'work_authorization'];

function splitList(value) {
  return value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

function readProfile() {
  const data = new FormData(form);
  const profile = {};
  for (const name of LISTS) profile[name] = splitList(String(data.get(name) || ''));
  profile.seniority = String(data.get('seniority') || '');
  profile.location = String(data.get('location') || '').trim();
  if (form.elements.remote_only.checked) profile.remote_only = true;
  const amount = Number(data.get('min_salary.amount'));
  if (data.get('min_salary.amount') && Number.isFinite(amount) && amount > 0) {
    profile.min_salary = {
      amount,
      currency: String(data.get('min_salary.currency') || 'USD').trim().toUpperCase(),
      period: String(data.get('min_salary.period') || 'YEAR'),
    };
  }
  const interviews = data.get('recent_interviews');
  if (interviews !== '' && interviews !== null && Number.isInteger(Number(interviews))) profile.recent_interviews = Number(interviews);
  profile.goals = data.getAll('goals').map(String);
  if (form.elements.willing_to_relocate.checked) profile.willing_to_relocate = true;
  const km = Number(data.get('max_travel_km'));
  if (data.get('max_travel_km') && Number.isFinite(km) && km >= 0) profile.max_travel_km = km;
  return cleanProfile(profile);
}

function fillProfile(profile) {
  for (const name of LISTS) form.elements[name].value = (profile[name] || []).join(', ');
  form.elements.seniority.value = profile.seniority || '';
  form.elements.location.value = profile.location || '';
  form.elements.remote_only.checked = Boolean(profile.remote_only);
  const salary = profile.min_salary || {};
  form.elements['min_salary.amount'].value = salary.amount ?? '';
  form.elements['min_salary.currency'].value = salary.currency || '';
  form.elements['min_salary.period'].value = salary.period || '';
  form.elements.recent_interviews.value = profile.recent_interviews ?? '';
  for (const box of form.querySelectorAll('input[name="goals"]')) box.checked = (profile.goals || []).includes(box.value);
  form.elements.willing_to_relocate.checked = profile.willing_to_relocate === true;
  form.elements.max_travel_km.value = profile.max_travel_km ?? '';
}

function drawSites(badges) {
  const sites = clear(document.getElementById('sites'));
  for (const adapter of ADAPTERS) {
    sites.append(el('label', { class: 'inline' },
      el('input', { type: 'checkbox', name: `badge:${adapter.id}`, checked: badges[adapter.id] !== false }), ` ${adapter.label}`));
  }
}

function preview() {
  document.getElementById('preview').textContent = JSON.stringify({ profile: readProfile() }, null, 2);
}

/** Ask for the API's origin when it is not one the manifest already grants. */
async function permitOrigin(baseUrl) {
  const origin = `${new URL(baseUrl).origin}/*`;
  const granted = await chrome.permissions.contains({ origins: [origin] });
  return granted || chrome.permissions.request({ origins: [origin] });
}

async function save(event) {
  event.preventDefault();
  const status = document.getElementById('saved');
  const typed = form.elements.apiBaseUrl.value.trim();
  if (typed && !normalizeBaseUrl(typed)) {
    status.textContent = 'Not saved: the API address must start with https:// (plain http:// only for 127.0.0.1 or localhost): your profile travels with every request.';
    return;
  }
  const apiBaseUrl = normalizeBaseUrl(typed) || DEFAULT_API_BASE_URL;
  try {
    if (!(await permitOrigin(apiBaseUrl))) {
      status.textContent = `Not saved: the extension needs permission to reach ${apiBaseUrl}.`;
      return;
    }
  } catch (error) {
    status.textContent = `Not saved: ${error.message}`;
    return;
  }
  const badges = {};
  for (const adapter of ADAPTERS) badges[adapter.id] = form.elements[`badge:${adapter.id}`].checked;
  await chrome.storage.local.set({ profile: readProfile(), apiBaseUrl, badges });
  form.elements.apiBaseUrl.value = apiBaseUrl;
  status.textContent = 'Saved.';
}

async function check() {
  const out = document.getElementById('health');
  out.textContent = 'Asking…';
  const reply = await chrome.runtime.sendMessage({ type: 'health' });
  out.textContent = reply && reply.ok
    ? `OK: ${reply.apiBaseUrl} answers (${(reply.health && reply.health.status) || 'up'}).`
    : `${(reply && reply.error && reply.error.message) || 'No answer.'} ${(reply && reply.error && reply.error.hint) || ''}`;
}

function showContacts(stored) {
  const people = (stored && Array.isArray(stored.people)) ? stored.people : [];
  const { organizations } = new ContactBook(people);
  const when = stored && stored.imported ? new Date(stored.imported).toLocaleDateString() : '';
  document.getElementById('contacts-status').textContent = people.length
    ? `${people.length} connections at ${organizations} organizations, imported ${when}.`
    : 'No connections imported.';
  document.getElementById('forget-contacts').hidden = !people.length;
}

/** A connections export chosen: read it here, keep its people in this browser's storage. */
async function importConnections(event) {
  const input = event.target;
  const file = input.files && input.files[0];
  if (!file) return;
  try {
    const people = readConnections(await file.text());
    const stored = { imported: new Date().toISOString(), people };
    await chrome.storage.local.set({ [CONTACTS]: stored });
    showContacts(stored);
  } catch (error) {
    document.getElementById('contacts-status').textContent = error instanceof ConnectionsError
      ? error.message : `Not imported: ${error.message}`;
  }
  input.value = '';
}

async function forgetContacts() {
  await chrome.storage.local.remove(CONTACTS);
  showContacts(null);
}

/** Firefox grants host permissions only when asked: ask for the known sites at once. */
async function grantSites() {
  const origins = chrome.runtime.getManifest().host_permissions || [];
  const out = document.getElementById('granted');
  try {
    out.textContent = (await chrome.permissions.request({ origins })) ? 'Allowed.' : 'Not allowed.';
  } catch (error) {
    out.textContent = error.message;
  }
}

async function init() {
  const settings = await getSettings();
  fillProfile(settings.profile);
  form.elements.apiBaseUrl.value = settings.apiBaseUrl;
  drawSites(settings.badges);
  preview();
  form.addEventListener('input', preview);
  form.addEventListener('change', preview);
  form.addEventListener('submit', save);
  document.getElementById('check').addEventListener('click', check);
  document.getElementById('grant').addEventListener('click', grantSites);
  document.getElementById('connections').addEventListener('change', importConnections);
  document.getElementById('forget-contacts').addEventListener('click', forgetContacts);
  showContacts((await chrome.storage.local.get(CONTACTS))[CONTACTS]);
  // only Firefox needs the button (it grants host permissions only when asked); it alone has getBrowserInfo
  document.getElementById('firefox-grant').hidden = typeof chrome.runtime.getBrowserInfo !== 'function';
}

init();
