// The fact search: GET /api/v1/facts with subject text, predicate, status and limit (first page only).

import { getJson } from './api.js';
import { el, factTitle, instantText, intervalText, statusBadge, valueText } from './format.js';

export class Search {
  constructor({ form, state, table, openFact, showError, clearError }) {
    this.form = form;
    this.state = state;
    this.table = table;
    this.openFact = openFact;
    this.showError = showError;
    this.clearError = clearError;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
  }

  async run() {
    const f = this.form.elements;
    const params = { subject: f.subject.value, predicate: f.predicate.value, status: f.status.value, limit: f.limit.value };
    this.state.textContent = 'Searching…';
    try {
      const page = await getJson('/facts', params);
      this.render(page.items);
      this.clearError();
    } catch (e) {
      this.state.textContent = 'Search failed.';
      this.showError(e);
    }
  }

  render(facts) {
    this.state.textContent = facts.length === 0 ? 'No fact matches.' : `${facts.length} fact(s), by fact key.`;
    this.table.hidden = facts.length === 0;
    this.table.querySelector('tbody').replaceChildren(...facts.map((fact) => el('tr', { dataset: { factKey: fact.factKey } },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', title: `Show the timeline of ${fact.factKey}`,
        onclick: () => this.openFact(fact.factKey) }, factTitle(fact.subject, fact.predicate, fact.factKey)),
      el('br'), el('code', {}, fact.factKey)),
      el('td', {}, statusBadge(fact.status)),
      el('td', {}, valueText(fact.value)),
      el('td', {}, intervalText(fact.referenceTime)),
      el('td', {}, fact.outlets.join(', ')),
      el('td', {}, `v${fact.version}`, el('br'), el('span', { class: 'muted' }, instantText(fact.updatedAt))))));
  }
}
