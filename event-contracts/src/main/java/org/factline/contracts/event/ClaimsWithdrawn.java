package org.factline.contracts.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factline.contracts.value.FactKey;

/**
 * Claims of one article no longer count towards a fact: the article was retracted, or a newer
 * extractor version superseded them ({@code supersededBy} names that version). The claims stay in
 * the fact's history; later judgements ignore them. Usually followed in the same commit by a
 * {@code FactVersioned} with change {@code RETRACTED} and, for each open contradiction one of them
 * was a side of, a {@code ContradictionResolved} with resolution {@code SUPERSEDED}.
 */
public record ClaimsWithdrawn(
        FactKey factKey,
        String articleId,
        List<String> claimIds,
        WithdrawalReason reason,
        String note,
        String supersededBy,
        Instant withdrawnAt) implements FactlineEvent {

    public static final String TYPE = "fact.ClaimsWithdrawn.v1";

    public ClaimsWithdrawn {
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        claimIds = List.copyOf(claimIds);
        if (claimIds.isEmpty()) {
            throw new IllegalArgumentException("a withdrawal names at least one claim");
        }
        if (reason == WithdrawalReason.SUPERSEDED && supersededBy == null) {
            throw new IllegalArgumentException("a supersession names the extractor version that replaced the claims");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
