package org.factline.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts outcomes and groups rejections by reason, with a few example locations for each. */
final class IngestSummary {

    private static final int EXAMPLES = 3;

    private final Map<String, Integer> totals = new LinkedHashMap<>(Map.of());
    private final Map<String, List<String>> rejections = new TreeMap<>();
    private final Map<String, Integer> rejectionCounts = new TreeMap<>();

    IngestSummary() {
        for (String status : List.of("accepted", "duplicate", "nearDuplicate", "rejected")) {
            totals.put(status, 0);
        }
    }

    synchronized void record(String status, boolean nearDuplicate) {
        totals.merge(status, 1, Integer::sum);
        if (nearDuplicate) {
            totals.merge("nearDuplicate", 1, Integer::sum);
        }
    }

    synchronized void rejected(String where, String reason) {
        totals.merge("rejected", 1, Integer::sum);
        rejectionCounts.merge(reason, 1, Integer::sum);
        List<String> examples = rejections.computeIfAbsent(reason, r -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            examples.add(where);
        }
    }

    synchronized int rejectedCount() {
        return totals.get("rejected");
    }

    synchronized void print(PrintStream out, long seconds) {
        int done = totals.get("accepted") + totals.get("duplicate") + totals.get("rejected");
        out.printf("ingested %d articles in %d s: accepted=%d (near-duplicates %d), duplicate=%d, rejected=%d%n", done,
                seconds, totals.get("accepted"), totals.get("nearDuplicate"), totals.get("duplicate"), totals.get("rejected"));
        rejectionCounts.forEach((reason, n) -> out.printf("  rejected %dx: %s  (e.g. %s)%n", n, reason,
                String.join(", ", rejections.get(reason))));
    }
}
