package org.factline.claims.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who independently stands behind a fact. A syndicated copy (a claim whose article ingest linked
 * to an original) speaks with its original's voice: it is counted under the outlet of the
 * original article when the fact holds a claim from it, else under the outlet of the first copy
 * of that original seen, so an original and any number of its copies make one source.
 */
public final class IndependentSources {

    private IndependentSources() {
    }

    /** The sources of {@code claims}, one outlet each, in the order they first spoke. */
    public static List<String> of(List<ClaimEntry> claims) {
        Map<String, String> byOrigin = origins(claims);
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (ClaimEntry c : claims) {
            sources.add(sourceOf(c, byOrigin));
        }
        return List.copyOf(sources);
    }

    /** Claim id to the source it counts under, for every claim of {@code claims}. */
    public static Map<String, String> byClaim(List<ClaimEntry> claims) {
        Map<String, String> byOrigin = origins(claims);
        Map<String, String> out = new HashMap<>();
        for (ClaimEntry c : claims) {
            out.put(c.claimId(), sourceOf(c, byOrigin));
        }
        return out;
    }

    /** The source {@code claim} counts under among {@code claims} (which should include it). */
    public static String sourceOf(ClaimEntry claim, List<ClaimEntry> claims) {
        return sourceOf(claim, origins(claims));
    }

    private static String sourceOf(ClaimEntry c, Map<String, String> byOrigin) {
        return c.copyOf() == null ? c.outlet() : byOrigin.get(c.copyOf());
    }

    /** Original article id to the outlet it counts under: its own outlet, else its first copy's. */
    private static Map<String, String> origins(List<ClaimEntry> claims) {
        Map<String, String> byOrigin = new HashMap<>();
        for (ClaimEntry c : claims) {
            if (c.copyOf() == null) {
                byOrigin.put(c.articleId(), c.outlet());
            }
        }
        for (ClaimEntry c : claims) {
            if (c.copyOf() != null) {
                byOrigin.putIfAbsent(c.copyOf(), c.outlet());
            }
        }
        return byOrigin;
    }
}
