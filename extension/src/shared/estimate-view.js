// One rendering of an estimate, used by the popup and by a badge's details panel.
import { el, safeHref } from './dom.js';

export const VERDICT_LABELS = {
  worth_a_look: 'Worth a look',
  maybe: 'Maybe',
  skip: 'Skip',
  ended: 'Ended',
};

export function verdictLabel(verdict) {
  return VERDICT_LABELS[verdict] || 'Unknown';
}

function asText(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    return asText(value.text ?? value.quote ?? value.value ?? Object.values(value).filter((v) => typeof v === 'string').join(' · '));
  }
  return '';
}

// score and fit are 0–100; a lens scores 0–1
function whole(value) {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value)) : '';
}

function lensPercent(value) {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.max(0, Math.min(1, value)) * 100) : 0;
}

function bar(score) {
  const fill = el('span', { class: 'fill' });
  fill.style.width = `${lensPercent(score)}%`; // CSSOM, not a style attribute: pages' CSPs allow it
  return el('span', { class: 'bar', role: 'img', 'aria-label': `${lensPercent(score)} of 100` }, fill);
}

/** Lenses sorted by score, strongest first. */
export function rankedLenses(estimate) {
  return [...(estimate.lenses || [])].sort((a, b) => (b.score || 0) - (a.score || 0));
}

const STRONG_LENS = 0.15; // the model's own bar for a lens worth a plan step

/**
 * The top reasons, as plain strings, for the popup and a badge's details: the API's deciding
 * reasons first (why one cannot be considered, what to ask, the strongest lenses), then one
 * reason per lens, strongest first, before a lens's second reason (the API's own second reason
 * from a lens included: three lines are few). A reason a lens gives is shown with that lens's
 * name, and never twice.
 */
export function topReasons(estimate, count = 3) {
  const ranked = rankedLenses(estimate).filter((lens) => lens.score > 0);
  const labelOf = new Map();
  for (const lens of ranked) {
    for (const reason of lens.reasons || []) {
      const text = asText(reason.text ?? reason);
      if (text && !labelOf.has(text)) labelOf.set(text, asText(lens.label || lens.id));
    }
  }
  const shown = new Set();
  const lensShown = new Set();
  const reasons = [];
  const add = (reason, once = false) => {
    const text = asText(reason.text ?? reason);
    const label = labelOf.get(text);
    if (!text || shown.has(text) || reasons.length >= count) return;
    if (once && label && lensShown.has(label)) return;
    shown.add(text);
    if (label) lensShown.add(label);
    reasons.push(label ? `${label}: ${text}` : text);
  };
  for (const reason of estimate.reasons || []) add(reason, true);
  // A lens this weak ("pay is not stated") has nothing that belongs among the top reasons.
  const strong = ranked.filter((lens) => lens.score >= STRONG_LENS);
  for (const lens of strong) add((lens.reasons || [])[0] || '', true);
  for (const reason of estimate.reasons || []) add(reason);
  for (const lens of strong) for (const reason of (lens.reasons || []).slice(1)) add(reason);
  return reasons;
}

function reasonItem(reason) {
  const evidence = asText(reason.evidence);
  return el('li', {},
    el('span', { class: 'reason-text' }, asText(reason.text ?? reason)),
    evidence ? el('q', { class: 'evidence' }, evidence) : null);
}

function endedLine(estimate) {
  const ended = (estimate.costs || []).find((cost) => cost.id === 'ended');
  const opportunity = estimate.opportunity || {};
  const now = Date.now();
  const next = (opportunity.other_dates || []).filter((d) => Date.parse(d) > now).sort()[0];
  return [
    el('p', { class: 'ended-note' }, ended ? asText(ended.text) : 'This one is over.'),
    next ? el('p', { class: 'ended-note' }, `Next date in the series: ${new Date(next).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`) : null,
  ];
}

function fold(className, summary, body, open = false) {
  return el('details', { class: className, open }, el('summary', {}, summary), body);
}

/**
 * An estimate as a person reads it: verdict and score, the listing, the top three reasons (or,
 * for one that is over, when it ended), then the lenses, the plan and the costs folded. `fit`
 * is shown only when a profile was sent (without one it measures nothing).
 */
export function renderEstimate(estimate, { profiled = true, heading = 'h2' } = {}) {
  const verdict = estimate.verdict || 'unknown';
  const opportunity = estimate.opportunity || {};
  const title = asText(opportunity.title);
  const organization = asText(opportunity.organization ?? opportunity.organization_name);
  const root = el('div', { class: 'estimate', 'data-verdict': verdict });
  root.append(el('div', { class: 'head' },
    el('span', { class: `verdict verdict-${verdict}` }, verdictLabel(verdict)),
    el('span', { class: 'score', title: 'Score, 0–100: what it offers beyond the obvious, less its costs' }, whole(estimate.score), el('small', {}, '/100')),
    profiled && estimate.fit !== undefined && estimate.fit !== null
      ? el('span', { class: 'fit', title: 'Fit: the obvious value, how well it matches what you want' }, `fit ${whole(estimate.fit)}`)
      : null));
  if (title || organization) {
    root.append(el(heading, { class: 'what' }, title, organization ? el('span', { class: 'org' }, ` · ${organization}`) : null));
  }
  if (verdict === 'ended') root.append(...endedLine(estimate));
  const top = topReasons(estimate, 3);
  if (top.length) {
    root.append(el('ul', { class: 'top' }, top.map((reason) => el('li', {}, reason))));
  } else if (verdict !== 'ended') {
    root.append(el('p', { class: 'none' }, 'No strong reason found beyond the obvious.'));
  }
  const lenses = rankedLenses(estimate).filter((lens) => lens.score > 0 || (lens.reasons || []).length);
  if (lenses.length) {
    root.append(fold('lenses', verdict === 'ended' ? 'What it would have offered' : `All lenses (${lenses.length})`,
      lenses.map((lens) => el('div', { class: 'lens', 'data-lens': asText(lens.id) },
        el('div', { class: 'lens-head' },
          el('span', { class: 'lens-label' }, asText(lens.label || lens.id)),
          bar(lens.score)),
        (lens.reasons || []).length ? el('ul', { class: 'reasons' }, (lens.reasons || []).map(reasonItem)) : null))));
  }
  if ((estimate.plan || []).length) {
    root.append(fold('plan', `Plan (${estimate.plan.length} steps)`,
      el('ol', {}, estimate.plan.map((step) => el('li', {}, asText(step))))));
  }
  if ((estimate.costs || []).length) {
    root.append(fold('costs', `Costs (${estimate.costs.length})`,
      el('ul', {}, estimate.costs.map((cost) => el('li', {},
        el('strong', {}, asText(cost.label || cost.id)), ' ', asText(cost.text),
        asText(cost.evidence) ? el('q', { class: 'evidence' }, asText(cost.evidence)) : null)))));
  }
  if ((estimate.notes || []).length) {
    root.append(el('ul', { class: 'notes' }, estimate.notes.map((note) => el('li', {}, asText(note)))));
  }
  const link = safeHref(opportunity.url);
  if (link) root.append(el('a', { class: 'open', href: link, target: '_blank', rel: 'noopener noreferrer' }, 'Open the listing'));
  return root;
}
