// One fact: its timeline chart, its contradictions (with a verdict form while open) and every version.

import { getJson, postJson, segment } from './api.js';
import { boundsText, changeText, el, factTitle, instantText, intervalText, statusBadge, valueBoundsText, valueText } from './format.js';
import { legendItems, timelineChart } from './timeline-chart.js';
import { timelineItems } from './timeline-items.js';

export class FactView {
  constructor({ section, showError, clearError }) {
    this.section = section;
    this.showError = showError;
    this.clearError = clearError;
    this.part = (id) => section.querySelector(`#${id}`);
    this.factKey = null;
    this.recorded = new Map(); // contradiction id -> verdict answer, until the read model shows it
    this.part('fact-refresh').addEventListener('click', () => this.open(this.factKey));
  }

  async open(factKey) {
    this.factKey = factKey;
    const key = segment(factKey);
    try {
      const [fact, versions, contradictions] = await Promise.all([
        getJson(`/facts/${key}`),
        getJson(`/facts/${key}/versions`),
        getJson('/contradictions', { factKey, limit: 500 }),
      ]);
      if (this.factKey !== factKey) {
        return; // another fact was opened meanwhile
      }
      this.render(fact, versions, contradictions.items);
      this.clearError();
    } catch (e) {
      this.showError(e);
    }
  }

  render(fact, versions, contradictions) {
    const { items, links, sources, sourceOf } = timelineItems(versions, contradictions);
    this.section.hidden = false;
    this.section.dataset.factKey = fact.factKey;
    const title = this.part('fact-title');
    title.replaceChildren(factTitle(fact.subject, fact.predicate, fact.factKey), ' ', el('code', {}, fact.factKey));
    this.part('fact-summary').replaceChildren(
      statusBadge(fact.status), ' ',
      `${valueText(fact.value)} · reference time ${intervalText(fact.referenceTime)} · version ${fact.version} `
      + `(${changeText(fact.lastChange)}) · ${fact.outlets.length} source(s) · ${fact.openContradictions} open, `
      + `${fact.resolvedContradictions} resolved contradiction(s) · updated ${instantText(fact.updatedAt)}`);

    const chart = timelineChart({ title: `Timeline of ${fact.factKey}`, items, links, sources });
    this.part('chart').replaceChildren(chart, legend(sources));
    this.part('chart-caption').textContent = 'Bars span each version\'s value interval (arrows: open side) at its '
      + 'reference time, coloured by source. Hatched bars are contradicting claims; a dashed red line with a cross '
      + 'joins the two claims of each contradiction.';

    this.part('contradictions').replaceChildren(...(contradictions.length
      ? contradictions.map((c) => this.contradictionCard(c))
      : [el('p', { class: 'muted' }, 'None.')]));
    this.part('versions').querySelector('tbody').replaceChildren(...versions.map((v, i) => el('tr', {},
      el('td', {}, `v${v.version}`),
      el('td', {}, changeText(v.fact.change)),
      el('td', { title: valueBoundsText(v.fact.value) }, valueText(v.fact.value)),
      el('td', { title: boundsText(v.fact.referenceTime) }, intervalText(v.fact.referenceTime)),
      el('td', {}, sourceOf[i]),
      el('td', {}, el('time', { datetime: v.recordedAt }, instantText(v.recordedAt))))));
    title.focus();
  }

  contradictionCard(c) {
    const recorded = c.status === 'OPEN' && this.recorded.has(c.contradictionId);
    const open = c.status === 'OPEN' && !recorded;
    const card = el('article', { class: `contradiction-card ${open ? 'open' : 'resolved'}`, dataset: { contradictionId: c.contradictionId } },
      el('h4', {}, open ? 'Open' : recorded ? 'Verdict recorded' : 'Resolved', ` · severity ${Number(c.severity).toFixed(2)} · detected ${instantText(c.detectedAt)}`),
      el('ul', { class: 'sides' }, claimLine(c.existing, 'earlier claim'), claimLine(c.incoming, 'contradicting claim')));
    if (recorded) {
      card.append(el('p', { class: 'form-status', role: 'status' }, recordedText(this.recorded.get(c.contradictionId))));
    } else if (open) {
      card.append(this.verdictForm(c));
    } else {
      const how = c.resolution === 'NOT_A_CONTRADICTION' ? 'Not a contradiction'
        : c.resolution === 'SUPERSEDED' ? 'Superseded by later claims'
          : `Upheld: ${c.winningClaimId === c.existing.claimId ? c.existing.outlet : c.incoming.outlet} (claim ${c.winningClaimId})`;
      card.append(el('p', { class: 'verdict' }, how, c.reviewer ? ` — ${c.reviewer}` : '',
        c.note ? `: “${c.note}”` : '', c.resolvedAt ? ` (${instantText(c.resolvedAt)})` : ''));
    }
    return card;
  }

  verdictForm(c) {
    const id = c.contradictionId.replace(/[^A-Za-z0-9_-]/g, '_');
    const choice = (value, text) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: `verdict-${id}`, value, required: true }), ' ', text);
    const status = el('p', { class: 'form-status', role: 'status' });
    const form = el('form', { class: 'verdict-form' },
      el('fieldset', {},
        el('legend', {}, 'Record a verdict (fact-checker role)'),
        choice(c.existing.claimId, `${c.existing.outlet || 'earlier claim'} is right: ${valueText(c.existing.value)}`),
        choice(c.incoming.claimId, `${c.incoming.outlet || 'contradicting claim'} is right: ${valueText(c.incoming.value)}`),
        choice('not-a-contradiction', 'Not a contradiction (they measure different things)'),
        el('label', { class: 'note' }, 'Note ', el('textarea', { name: 'note', maxlength: 2000, rows: 2 })),
        el('button', { type: 'submit' }, 'Record verdict')),
      status);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const picked = form.querySelector('input[type=radio]:checked').value;
      const note = form.elements.note.value.trim();
      const body = picked === 'not-a-contradiction' ? { notAContradiction: true } : { winningClaimId: picked };
      if (note) {
        body.note = note;
      }
      form.querySelector('button').disabled = true;
      status.textContent = 'Recording…';
      try {
        const answer = await postJson(`/contradictions/${segment(c.contradictionId)}/verdict`, body);
        // Shown at once; the fact's read models catch up on their own (Refresh shows them).
        this.recorded.set(c.contradictionId, answer);
        form.closest('.contradiction-card').replaceWith(this.contradictionCard(c));
      } catch (e) {
        status.textContent = 'Not recorded.';
        form.querySelector('button').disabled = false;
        this.showError(e);
      }
    });
    return form;
  }
}

function recordedText(answer) {
  return `Verdict recorded: ${changeText(answer.resolution)} (fact version ${answer.factVersion}).`;
}

function claimLine(claim, role) {
  return el('li', {},
    el('strong', {}, claim.outlet || 'unknown outlet'), ` (${role}): `,
    el('span', { class: 'value', title: valueBoundsText(claim.value) }, valueText(claim.value)),
    claim.quote ? el('q', {}, claim.quote) : '',
    el('span', { class: 'muted' }, ` · reference ${intervalText(claim.referenceTime)} · article ${claim.articleId || '?'}`));
}

function legend(sources) {
  const NS = 'http://www.w3.org/2000/svg';
  const swatch = (colour, hatched) => {
    const s = document.createElementNS(NS, 'svg');
    s.setAttribute('width', '14');
    s.setAttribute('height', '14');
    s.setAttribute('aria-hidden', 'true');
    const r = document.createElementNS(NS, 'rect');
    Object.entries({ width: 14, height: 14, fill: hatched ? '#fff' : colour, stroke: colour, 'stroke-width': hatched ? 3 : 1,
      'stroke-dasharray': hatched ? '3 2' : '' }).forEach(([k, v]) => r.setAttribute(k, String(v)));
    s.append(r);
    return s;
  };
  return el('ul', { class: 'legend', 'aria-label': 'Sources' },
    legendItems(sources).map((s) => el('li', {}, swatch(s.colour, false), ' ', s.source)),
    el('li', {}, swatch('#C62828', true), ' contradicting claim'));
}
