// Wires the dashboard: the API key form, the error banner, the live feed, search and fact view.
// A fact opened from the feed or search is also put in the address (#fact=<key>) so it can be shared.

import { ApiError, apiKey } from './api.js';
import { el } from './format.js';
import { FactView } from './fact-view.js';
import { Feed } from './feed.js';
import { Search } from './search.js';

const $ = (id) => document.getElementById(id);

function showError(error) {
  const banner = $('error');
  const e = error instanceof ApiError ? error : new ApiError(0, 'Error', String(error && error.message ? error.message : error));
  const heading = e.status ? `${e.status} ${e.title}` : e.title;
  banner.replaceChildren(
    el('strong', {}, heading), e.detail ? `: ${e.detail}` : '',
    e.errors.length ? el('ul', {}, e.errors.map((f) => el('li', {}, `${f.field}: ${f.reason}`))) : '',
    e.advice() ? el('p', {}, e.advice()) : '',
    el('button', { type: 'button', class: 'link', onclick: clearError }, 'Dismiss'));
  banner.dataset.status = String(e.status);
  banner.hidden = false;
  if (e.status === 401) {
    $('key-state').dataset.state = 'refused';
    $('key-state').textContent = 'Key refused';
    $('api-key').focus();
  }
}

function clearError() {
  $('error').hidden = true;
  $('error').replaceChildren();
}

const factView = new FactView({ section: $('fact'), showError, clearError });
const openFact = (factKey) => {
  window.history.replaceState(null, '', `#fact=${encodeURIComponent(factKey)}`);
  factView.open(factKey);
};
const feed = new Feed({ list: $('feed'), state: $('feed-state'), announce: $('feed-announce'), openFact, showError });
new Search({ form: $('search-form'), state: $('search-state'), table: $('results'), openFact, showError, clearError });

function useKey() {
  const has = apiKey.get() !== '';
  $('key-state').dataset.state = has ? 'set' : 'none';
  $('key-state').textContent = has ? 'Key set' : 'No key';
  if (!has) {
    feed.stop();
    return;
  }
  clearError();
  feed.start();
  const fact = new URLSearchParams(window.location.hash.slice(1)).get('fact');
  if (fact) {
    factView.open(fact);
  }
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const key = $('api-key').value.trim();
  if (key) {
    apiKey.set(key);
    $('api-key').value = '';
    useKey();
  }
});

$('forget-key').addEventListener('click', () => {
  apiKey.clear();
  useKey();
});

useKey();
