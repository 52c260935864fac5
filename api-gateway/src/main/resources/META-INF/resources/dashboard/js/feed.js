// The live contradiction feed: recent alerts first, then every new one as the gateway sends it.

import { getJson } from './api.js';
import { AlertStream } from './sse.js';
import { el, factTitle, instantText, valueText } from './format.js';

const DETECTED = 'fact.ContradictionDetected.v1';
const RESOLVED = 'fact.ContradictionResolved.v1';
const MAX_ITEMS = 200;
const RECENT = 50;

const STATE_TEXT = {
  idle: 'waiting for a key',
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  stopped: 'stopped',
};

export class Feed {
  /** openFact(factKey) shows a fact's timeline; showError(error) reports a failure. */
  constructor({ list, state, announce, openFact, showError }) {
    this.list = list;
    this.state = state;
    this.announce = announce;
    this.openFact = openFact;
    this.showError = showError;
    this.seen = new Set();
    this.claimOutlets = new Map(); // claim id -> outlet, to name the upheld side of a verdict
    this.stream = new AlertStream({
      onEvent: (e) => this.onEvent(e),
      onState: (s, detail) => this.onState(s, detail),
      onOpen: (resumesFromId) => resumesFromId || this.loadRecent(),
    });
  }

  start() {
    this.list.replaceChildren();
    this.seen.clear();
    this.stream.start();
  }

  stop() {
    this.stream.stop();
    this.onState('idle', '');
  }

  onState(state, detail) {
    this.state.dataset.state = state;
    const why = detail && detail.message ? ` (${detail.message})` : '';
    this.state.textContent = STATE_TEXT[state] + why;
    if (state === 'stopped' && detail) {
      this.showError(detail);
    }
  }

  onEvent(event) {
    let envelope;
    try {
      envelope = JSON.parse(event.data);
    } catch (e) {
      return; // not an alert; nothing to show
    }
    if (this.add(envelope, true)) {
      this.announce.textContent = announcement(envelope);
    }
  }

  /**
   * Alerts recorded before the stream connected without an event id to resume from (the first
   * connect, or a reconnect before any alert arrived). Duplicates are dropped.
   */
  async loadRecent() {
    try {
      const recent = await getJson('/alerts/recent', { limit: RECENT });
      recent.slice().reverse().forEach((envelope) => this.add(envelope, false));
    } catch (e) {
      this.showError(e);
    }
  }

  /** Places the alert by time (newest first); false when it was already shown. */
  add(envelope, live) {
    if (!envelope || !envelope.id || this.seen.has(envelope.id)) {
      return false;
    }
    this.seen.add(envelope.id);
    const item = envelope.type === RESOLVED ? this.resolvedItem(envelope) : this.detectedItem(envelope);
    if (live) {
      item.classList.add('new');
    }
    const later = [...this.list.children].reverse().find((li) => li.dataset.time > (envelope.time || ''));
    if (later) {
      later.after(item);
    } else {
      this.list.prepend(item);
    }
    while (this.list.children.length > MAX_ITEMS) {
      this.list.lastElementChild.remove();
    }
    return true;
  }

  detectedItem(envelope) {
    const d = envelope.data;
    [d.existing, d.incoming].forEach((c) => this.claimOutlets.set(c.claimId, c.outlet));
    const resolved = this.list.querySelector(`li[data-resolves="${CSS.escape(d.contradictionId)}"]`);
    return el('li', { class: 'alert detected', dataset: { contradictionId: d.contradictionId, time: envelope.time || '' } },
      el('h3', {},
        this.factButton(d.factKey, factTitle(d.subject, d.predicate, d.factKey)),
        ' ', el('span', { class: 'badge severity', title: 'how far apart the two claims are, 0 to 1' },
          `severity ${Number(d.severity).toFixed(2)}`),
        ' ', el('span', { class: `badge ${resolved ? 'resolved' : 'open'}` }, resolved ? 'resolved' : 'open')),
      el('ul', { class: 'sides' }, side(d.existing), side(d.incoming)),
      el('p', { class: 'muted' }, 'detected ', el('time', { datetime: d.detectedAt }, instantText(d.detectedAt)),
        ' · ', el('code', {}, d.factKey)));
  }

  resolvedItem(envelope) {
    const d = envelope.data;
    const open = this.list.querySelector(`li[data-contradiction-id="${CSS.escape(d.contradictionId)}"] .badge.open`);
    if (open) {
      open.className = 'badge resolved';
      open.textContent = 'resolved';
    }
    const how = d.resolution === 'NOT_A_CONTRADICTION' ? 'not a contradiction'
      : d.resolution === 'SUPERSEDED' ? 'superseded by later claims'
        : `${this.claimOutlets.get(d.winningClaimId) || 'claim ' + d.winningClaimId} upheld`;
    return el('li', { class: 'alert resolution', dataset: { resolves: d.contradictionId, time: envelope.time || '' } },
      el('h3', {}, this.factButton(d.factKey, d.factKey), ' ', el('span', { class: 'badge resolved' }, 'verdict')),
      el('p', {}, how, d.reviewer ? ` by ${d.reviewer}` : '', d.note ? `: “${d.note}”` : ''),
      el('p', { class: 'muted' }, 'resolved ', el('time', { datetime: d.resolvedAt }, instantText(d.resolvedAt))));
  }

  factButton(factKey, text) {
    return el('button', { type: 'button', class: 'link', title: `Show the timeline of ${factKey}`,
      onclick: () => this.openFact(factKey) }, text);
  }
}

function side(claim) {
  return el('li', {},
    el('strong', { class: 'outlet' }, claim.outlet || 'unknown outlet'), ': ',
    el('span', { class: 'value' }, valueText(claim.value)),
    claim.quote ? el('q', {}, claim.quote) : '');
}

function announcement(envelope) {
  const d = envelope.data || {};
  return envelope.type === DETECTED
    ? `New contradiction about ${factTitle(d.subject, d.predicate, d.factKey)}`
    : `Contradiction about ${d.factKey} resolved`;
}
