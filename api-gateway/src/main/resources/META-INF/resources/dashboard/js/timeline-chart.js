// A fact's timeline as inline SVG: x is reference time (when the value holds), y is the value; each
// version is a bar spanning its value interval, coloured by the source that caused it. A claim
// that contradicts is drawn beside the version it contested (hatched, red outline), joined to the
// claim it disagrees with by a dashed red line with a cross. Open sides run to the plot's edge
// with an arrow. The versions table beside the chart carries the same data as text.

import { boundsText, instantText, valueBoundsText, valueText } from './format.js';
import { yScaleFor } from './scales.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 760;
const H = 340;
const M = { top: 20, right: 16, bottom: 64, left: 96 };
const COL = 16;
const GAP = 3;
const DAY = 86400000;
// Okabe-Ito colours (colour-blind safe), without the red reserved for contradictions.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#8C6D31', '#6A3D9A', '#404040'];

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(NS, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => v !== undefined && v !== null && node.setAttribute(k, String(v)));
  children.forEach((c) => node.append(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

/** When an item holds: its reference interval, or its recorded instant when it states none. */
function when(item) {
  const r = item.ref;
  if (r && (r.start || r.end)) {
    const start = Date.parse(r.start || r.end) - (r.start ? 0 : DAY);
    const end = Date.parse(r.end || r.start) + (r.end ? 0 : DAY);
    return { start, end, stated: true };
  }
  const t = Date.parse(item.recordedAt);
  return { start: t, end: t, stated: false };
}

/**
 * items: [{kind: 'version'|'claim', label, value, ref, recordedAt, source, contradictionIds: [],
 * open}], links: [{from, to, id, open, text}] naming items by index. Returns the SVG element.
 */
export function timelineChart({ title, items, links, sources }) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const times = items.map(when);
  const lo = Math.min(...times.map((t) => t.start)) - DAY;
  const hi = Math.max(...times.map((t) => t.end)) + DAY;
  const x = (t) => M.left + ((t - lo) / (hi - lo)) * plotW;
  const y = yScaleFor(items.map((i) => i.value), M.top, M.top + plotH);

  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-t chart-d', class: 'timeline' },
    svg('title', { id: 'chart-t' }, title),
    svg('desc', { id: 'chart-d' }, `${items.filter((i) => i.kind === 'version').length} versions and `
      + `${links.length} contradictions; reference time across, value up. The versions table below lists the same.`),
    defs());

  root.append(axes(x, y, lo, hi, plotW, plotH));

  // Items holding at the same time stand side by side as columns centred on that time.
  const groups = new Map();
  items.forEach((item, i) => {
    const t = times[i];
    const key = `${t.start}/${t.end}`;
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(i);
  });
  const centres = [];
  groups.forEach((members) => {
    const t = times[members[0]];
    const mid = x((t.start + t.end) / 2);
    const width = members.length * COL + (members.length - 1) * GAP;
    root.append(svg('rect', { class: t.stated ? 'ref-span' : 'ref-span unstated', x: x(t.start), width: Math.max(2, x(t.end) - x(t.start)),
      y: M.top + plotH + 2, height: 6 }, svg('title', {}, t.stated ? 'reference time' : 'no reference time stated: recorded time')));
    members.forEach((i, k) => {
      const left = mid - width / 2 + k * (COL + GAP);
      centres[i] = left + COL / 2;
      root.append(bar(items[i], left, y, sources));
    });
  });

  links.forEach((link) => root.append(linkMark(link, centres, items, y)));
  return root;
}

function defs() {
  return svg('defs', {},
    svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 6, height: 6, fill: '#fff' }),
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#C62828', 'stroke-width': 3 })),
    svg('marker', { id: 'open-end', viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#222' })));
}

function axes(x, y, lo, hi, plotW, plotH) {
  const g = svg('g', { class: 'axes' });
  const base = M.top + plotH;
  g.append(svg('line', { x1: M.left, x2: M.left + plotW, y1: base, y2: base }));
  g.append(svg('line', { x1: M.left, x2: M.left, y1: M.top, y2: base }));
  const days = Math.max(1, Math.round((hi - lo) / DAY));
  const step = Math.max(1, Math.ceil(days / 6)) * DAY;
  for (let t = Math.ceil(lo / DAY) * DAY; t <= hi; t += step) {
    g.append(svg('line', { class: 'tick', x1: x(t), x2: x(t), y1: base, y2: base + 12 }));
    const anchor = x(t) > M.left + plotW - 36 ? 'end' : 'middle';
    g.append(svg('text', { x: x(t), y: base + 24, 'text-anchor': anchor }, new Date(t).toISOString().slice(0, 10)));
  }
  g.append(svg('text', { class: 'axis-title', x: M.left + plotW / 2, y: base + 48, 'text-anchor': 'middle' },
    'reference time (when the value holds)'));
  y.ticks().forEach((tick) => {
    g.append(svg('line', { class: 'grid', x1: M.left, x2: M.left + plotW, y1: tick.y, y2: tick.y }));
    g.append(svg('text', { x: M.left - 6, y: tick.y + 4, 'text-anchor': 'end' }, tick.label));
  });
  g.append(svg('text', { class: 'axis-title', x: 12, y: M.top + plotH / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${M.top + plotH / 2})` }, y.title));
  return g;
}

function bar(item, left, y, sources) {
  const span = y.span(item.value);
  const contradicted = item.contradictionIds.length > 0;
  const colour = PALETTE[sources.indexOf(item.source) % PALETTE.length];
  const cls = ['bar', item.kind, contradicted ? 'contradicted' : '', contradicted && item.open ? 'open' : ''].join(' ').trim();
  const g = svg('g', { class: cls, 'data-label': item.label, 'data-source': item.source || '' });
  g.append(svg('title', {}, `${item.label}${item.change ? ` (${item.change.toLowerCase()})` : ''}: `
    + `${valueText(item.value)} ${valueBoundsText(item.value)}; reference time ${boundsText(item.ref)}; `
    + `source ${item.source || 'unknown'}; recorded ${instantText(item.recordedAt)}`
    + (contradicted ? `; in contradiction ${item.contradictionIds.join(', ')}` : '')));
  g.append(svg('rect', { x: left, y: span.top, width: COL, height: Math.max(3, span.bottom - span.top),
    fill: item.kind === 'claim' ? 'url(#hatch)' : colour, stroke: contradicted ? '#C62828' : colour,
    'stroke-width': contradicted ? 2.5 : 1, 'stroke-dasharray': item.kind === 'claim' ? '4 2' : null }));
  if (item.kind === 'claim') {
    g.append(svg('rect', { x: left, y: span.bottom + 2, width: COL, height: 4, fill: colour }));
  }
  if (span.openTop) {
    g.append(svg('line', { x1: left + COL / 2, x2: left + COL / 2, y1: span.top + 8, y2: span.top, stroke: '#222', 'marker-end': 'url(#open-end)' }));
  }
  if (span.openBottom) {
    g.append(svg('line', { x1: left + COL / 2, x2: left + COL / 2, y1: span.bottom - 8, y2: span.bottom, stroke: '#222', 'marker-end': 'url(#open-end)' }));
  }
  g.append(svg('text', { class: 'bar-label', x: left + COL / 2, y: span.top - 4, 'text-anchor': 'middle' }, item.label));
  return g;
}

function linkMark(link, centres, items, y) {
  const a = y.span(items[link.from].value);
  const b = y.span(items[link.to].value);
  const x1 = centres[link.from];
  const x2 = centres[link.to];
  const y1 = (a.top + a.bottom) / 2;
  const y2 = (b.top + b.bottom) / 2;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const g = svg('g', { class: `contradiction ${link.open ? 'open' : 'resolved'}`, 'data-contradiction-id': link.id },
    svg('title', {}, link.text),
    svg('line', { x1, y1, x2, y2, stroke: '#C62828', 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
    svg('circle', { cx: mx, cy: my, r: 8, fill: '#fff', stroke: '#C62828', 'stroke-width': 2 }),
    svg('path', { d: `M${mx - 4},${my - 4} L${mx + 4},${my + 4} M${mx + 4},${my - 4} L${mx - 4},${my + 4}`,
      stroke: '#C62828', 'stroke-width': 2 }));
  return g;
}

/** The legend as HTML (colour swatch per source, the contradiction mark), for beside the chart. */
export function legendItems(sources) {
  return sources.map((s, i) => ({ source: s, colour: PALETTE[i % PALETTE.length] }));
}
