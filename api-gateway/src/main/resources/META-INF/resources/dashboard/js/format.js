// Text for values, intervals and instants as the gateway sends them (event-contracts JSON).

const QUALIFIER_WORDS = {
  '=': '', '~': 'about ', '>': 'more than ', '>=': 'at least ', '<': 'fewer than ', '<=': 'at most ',
  up: 'up ', down: 'down ',
};

/** "2025-11-16" for a midnight instant, else "2025-11-16 14:05 UTC". */
export function instantText(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return String(iso);
  }
  const day = d.toISOString().slice(0, 10);
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0
    ? day : `${day} ${d.toISOString().slice(11, 16)} UTC`;
}

/** A reference time or time value: its TIMEX3 text, with "by"/"from" when a side is open. */
export function intervalText(t) {
  if (!t) {
    return 'not stated';
  }
  if (!t.start && t.end) {
    return `by ${t.timex}`;
  }
  if (t.start && !t.end) {
    return `from ${t.timex}`;
  }
  return t.timex;
}

/** The exact half-open bounds, for tooltips: "[2025-11-16, 2025-11-17)". */
export function boundsText(t) {
  if (!t) {
    return 'no interval';
  }
  return `[${t.start ? instantText(t.start) : '−∞'}, ${t.end ? instantText(t.end) : '∞'})`;
}

function quantityText(q) {
  if (q.qualifier === 'range') {
    return `${q.low}–${q.high} ${q.unit}`;
  }
  return `${QUALIFIER_WORDS[q.qualifier] ?? q.qualifier + ' '}${q.value} ${q.unit}`;
}

/** A claim or fact value of any kind. */
export function valueText(v) {
  if (!v) {
    return '';
  }
  switch (v.kind) {
    case 'QUANTITY': return quantityText(v.quantity);
    case 'TIME': return intervalText(v.time);
    case 'DURATION': return v.duration;
    case 'CATEGORY': return v.category;
    default: return JSON.stringify(v);
  }
}

/** The interval a value allows, for tooltips. */
export function valueBoundsText(v) {
  if (!v) {
    return '';
  }
  if (v.kind === 'QUANTITY') {
    const q = v.quantity;
    return `[${q.low ?? '−∞'}, ${q.high ?? '∞'}]`;
  }
  return v.kind === 'TIME' ? boundsText(v.time) : valueText(v);
}

export function changeText(change) {
  return String(change || '').toLowerCase().replace(/_/g, ' ');
}

/** A fact key as people read it: "Gerald R. Ford · arrival". */
export function factTitle(subject, predicate, factKey) {
  return subject && predicate ? `${subject} · ${predicate}` : factKey;
}

/** A fact status (CONTESTED, single_source, ...) as a badge. */
export function statusBadge(status) {
  const s = String(status || '').toLowerCase();
  return el('span', { class: `badge status-${s}` }, s.replace(/_/g, ' '));
}

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((c) => {
    if (c !== undefined && c !== null && c !== false) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  });
  return node;
}
