// Reading LinkedIn's connections export (Connections.csv): a few lines of notes, then the
// columns First Name, Last Name, URL, Email Address, Company, Position, Connected On. Quoting,
// a byte-order mark and CRLF line ends are the CSV parser's business (Papa Parse).
import Papa from '../../bundle/papaparse.js';

const COLUMNS = { first: 'first name', last: 'last name', url: 'url', company: 'company', position: 'position', connected: 'connected on' };
const MAX_PEOPLE = 30000; // LinkedIn caps connections at 30,000

export class ConnectionsError extends Error {}

function cell(value) {
  return String(value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The people of an export: [{first, last, url, company, position, connected}]. E-mail addresses
 * are not kept: nothing the extension does needs them.
 */
export function readConnections(text) {
  const { data } = Papa.parse(String(text || '').replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const headerAt = data.findIndex((row) => {
    const names = row.map((c) => cell(c).toLowerCase());
    return names.includes(COLUMNS.first) && names.includes(COLUMNS.last) && names.includes(COLUMNS.company);
  });
  if (headerAt < 0) {
    throw new ConnectionsError('This file has no "First Name, Last Name, … Company" header: is it LinkedIn\'s Connections.csv?');
  }
  const header = data[headerAt].map((c) => cell(c).toLowerCase());
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([field, name]) => [field, header.indexOf(name)]));
  const people = [];
  for (const row of data.slice(headerAt + 1)) {
    const person = {};
    for (const [field, index] of Object.entries(at)) person[field] = index >= 0 ? cell(row[index]) : '';
    if (!person.first && !person.last) continue;
    if (!/^https:\/\//i.test(person.url)) person.url = '';
    people.push(person);
    if (people.length >= MAX_PEOPLE) break;
  }
  return people;
}
