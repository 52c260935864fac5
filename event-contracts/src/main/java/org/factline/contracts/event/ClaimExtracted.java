package org.factline.contracts.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factline.contracts.value.Anchor;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.FigureScope;
import org.factline.contracts.value.MeasureKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.ReferenceSource;
import org.factline.contracts.value.TimeInterval;

/**
 * One checkable statement found in an article (version 2). {@code claimId} is deterministic
 * (article, span, rule, extractor version), so re-extracting the same article yields the same ids
 * and a redelivered message can be recognised downstream.
 *
 * <p>Extraction says <em>what</em> is measured ({@code measure}, {@code subject}, {@code predicate}),
 * what the figure belongs to as the sentence tells it ({@code anchors}, {@code scope}) and which
 * story the article was assigned to ({@code storyId}); which fact the claim joins is decided by
 * claims-service from these. {@code referenceTime} is the time the value holds for, null when
 * neither the text nor the publication date gives one; {@code referenceSource} says which.
 * {@code measureNamed} is false when the sentence did not say what is measured and the measure
 * fell back to the unit or currency alone ({@code amount:usd}, {@code share:percent}): such a claim
 * is only comparable with others through its anchors.
 *
 * <p>Version 1 ({@link ClaimExtractedV1}, with a {@code factKey} in place of the measure) is still
 * read and upcast to this record, anchors empty.
 */
public record ClaimExtracted(
        String claimId,
        MeasureKey measure,
        boolean measureNamed,
        String subject,
        String predicate,
        ClaimValue value,
        TimeInterval referenceTime,
        ReferenceSource referenceSource,
        FigureScope scope,
        List<Anchor> anchors,
        String storyId,
        Attribution attribution,
        Provenance provenance,
        Instant extractedAt) implements FactlineEvent {

    public static final String TYPE = "claim.ClaimExtracted.v2";

    public ClaimExtracted {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(extractedAt, "extractedAt");
        if (referenceSource == null) {
            referenceSource = referenceTime == null ? ReferenceSource.NONE : ReferenceSource.DOCUMENT;
        }
        scope = scope == null ? FigureScope.UNSPECIFIED : scope;
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }

    /**
     * A claim with only what version 1 knew: the measure taken from {@code key}, no anchors, no
     * story, the scope unspecified.
     */
    public ClaimExtracted(String claimId, FactKey key, String subject, String predicate, ClaimValue value,
                          TimeInterval referenceTime, Attribution attribution, Provenance provenance, Instant extractedAt) {
        this(claimId, key.measure(), true, subject, predicate, value, referenceTime, null, null, List.of(), null,
                attribution, provenance, extractedAt);
    }

    /** This claim with its anchors, scope and story set (extraction fills them in stages). */
    public ClaimExtracted anchored(List<Anchor> anchors, FigureScope scope, String storyId) {
        return new ClaimExtracted(claimId, measure, measureNamed, subject, predicate, value, referenceTime, referenceSource,
                scope, anchors, storyId, attribution, provenance, extractedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
