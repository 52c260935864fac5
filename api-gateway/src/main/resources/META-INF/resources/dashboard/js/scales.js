// The value axis of the timeline chart, by value kind: numbers for quantities, dates for time
// values, one band per distinct value for categories and durations. span(value) gives the pixel
// extent of a value's interval and which sides are open (unbounded).

import { valueText } from './format.js';

const DAY = 86400000;

/** Bounds of a value as numbers, null for an open side; null when the kind has no scale. */
function bounds(value) {
  if (value.kind === 'QUANTITY') {
    const q = value.quantity;
    return { low: q.low === null || q.low === undefined ? null : Number(q.low),
      high: q.high === null || q.high === undefined ? null : Number(q.high), point: Number(q.value) };
  }
  if (value.kind === 'TIME') {
    const t = value.time;
    return { low: t.start ? Date.parse(t.start) : null, high: t.end ? Date.parse(t.end) : null, point: null };
  }
  return null;
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function linear(values, top, bottom, isTime) {
  const all = values.map(bounds);
  const finite = all.flatMap((b) => [b.low, b.high, b.point]).filter((n) => n !== null && Number.isFinite(n));
  if (finite.length === 0) {
    finite.push(0); // every value is open on both sides: any axis will do
  }
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  const pad = isTime ? DAY : (max - min) * 0.1 || Math.max(1, Math.abs(max) * 0.1);
  min -= pad;
  max += pad;
  const y = (n) => bottom - ((n - min) / (max - min)) * (bottom - top);
  return {
    title: isTime ? 'value (date)' : `value (${values[0].quantity.unit})`,
    span(value) {
      const b = bounds(value);
      const low = b.low === null ? b.high : b.low;
      const high = b.high === null ? b.low : b.high;
      return { top: b.high === null ? top : y(high), bottom: b.low === null ? bottom : y(low),
        openTop: b.high === null, openBottom: b.low === null };
    },
    ticks() {
      const step = isTime ? Math.max(1, Math.ceil((max - min) / DAY / 6)) * DAY : niceStep((max - min) / 5);
      const out = [];
      for (let t = Math.ceil(min / step) * step; t <= max; t += step) {
        out.push({ y: y(t), label: isTime ? new Date(t).toISOString().slice(0, 10) : String(+t.toPrecision(6)) });
      }
      return out;
    },
  };
}

function bands(values, top, bottom) {
  const names = [...new Set(values.map(valueText))];
  const band = (bottom - top) / names.length;
  const centre = (name) => top + band * (names.indexOf(name) + 0.5);
  return {
    title: 'value',
    span(value) {
      const c = centre(valueText(value));
      return { top: c - band * 0.3, bottom: c + band * 0.3, openTop: false, openBottom: false };
    },
    ticks() {
      return names.map((n) => ({ y: centre(n), label: n.length > 14 ? `${n.slice(0, 13)}…` : n }));
    },
  };
}

export function yScaleFor(values, top, bottom) {
  const kind = values[0].kind;
  const scalable = (kind === 'QUANTITY' || kind === 'TIME') && values.every((v) => v.kind === kind);
  return scalable ? linear(values, top, bottom, kind === 'TIME') : bands(values, top, bottom);
}
