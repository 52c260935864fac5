// What the timeline chart draws, from a fact's versions and its contradictions: one item per
// version and, beside a contested version, the claim that contested it; links join the two
// claims of each contradiction.

/**
 * The outlet behind each version. Versions list every outlet so far; the claim that caused a
 * version is known by outlet when a contradiction names it, else by the outlet it added.
 */
function versionSources(versions, claimOutlets) {
  let previous = [];
  return versions.map((v) => {
    const f = v.fact;
    const added = f.outlets.filter((o) => !previous.includes(o));
    previous = f.outlets;
    if (f.change === 'RESOLVED') {
      return 'verdict';
    }
    return claimOutlets.get(f.causedByClaimId)
      || (added.length === 1 ? added[0] : null)
      || (f.outlets.length === 1 ? f.outlets[0] : 'an outlet already listed');
  });
}

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function timelineItems(versions, contradictions) {
  const claimOutlets = new Map();
  contradictions.forEach((c) => [c.existing, c.incoming].forEach((claim) => claimOutlets.set(claim.claimId, claim.outlet)));
  const sourceOf = versionSources(versions, claimOutlets);
  const items = [];
  const claimItem = new Map(); // claimId -> index of the item drawing that claim
  const claim = (ref, c) => {
    items.push({ kind: 'claim', label: 'claim', value: ref.value, ref: ref.referenceTime, recordedAt: c.detectedAt,
      source: ref.outlet, contradictionIds: [c.contradictionId], open: c.status === 'OPEN', change: null });
    claimItem.set(ref.claimId, items.length - 1);
  };

  versions.forEach((v, i) => {
    const f = v.fact;
    items.push({ kind: 'version', label: `v${f.version}`, change: f.change, value: f.value, ref: f.referenceTime,
      recordedAt: v.recordedAt, source: sourceOf[i], contradictionIds: [], open: false });
    const index = items.length - 1;
    contradictions.forEach((c) => {
      if (c.existing.claimId === f.causedByClaimId && !claimItem.has(c.existing.claimId) && sameValue(c.existing.value, f.value)) {
        claimItem.set(c.existing.claimId, index); // this version is the earlier claim itself
      }
      if (c.incoming.claimId === f.causedByClaimId && f.change === 'CONTESTED' && !claimItem.has(c.incoming.claimId)) {
        claim(c.incoming, c);
      }
    });
  });

  const links = contradictions.map((c) => {
    [c.existing, c.incoming].forEach((ref) => {
      if (!claimItem.has(ref.claimId)) {
        claim(ref, c); // not on the timeline yet (e.g. an older version that was intersected)
      }
    });
    const from = claimItem.get(c.existing.claimId);
    const to = claimItem.get(c.incoming.claimId);
    [from, to].forEach((index) => {
      if (!items[index].contradictionIds.includes(c.contradictionId)) {
        items[index].contradictionIds.push(c.contradictionId);
      }
      items[index].open = items[index].open || c.status === 'OPEN';
    });
    return { from, to, id: c.contradictionId, open: c.status === 'OPEN',
      text: `Contradiction (${c.status.toLowerCase()}, severity ${Number(c.severity).toFixed(2)}): `
        + `${c.existing.outlet} vs ${c.incoming.outlet}` };
  });

  const sources = [...new Set(items.map((i) => i.source))];
  return { items, links, sources, sourceOf };
}
