package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.factline.claims.domain.ContradictionView;
import org.factline.claims.domain.ContradictionViews;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.StoredCommit;
import org.factline.claims.domain.VerdictRejected;
import org.factline.contracts.value.FactKey;

/**
 * Records a reviewer's verdict. The contradictions read model only tells which fact the
 * contradiction belongs to; whether the verdict is acceptable is decided on the fact's stream.
 */
@ApplicationScoped
public class RecordVerdict {

    private final ContradictionViews contradictions;
    private final FactCommands commands;

    RecordVerdict(ContradictionViews contradictions, FactCommands commands) {
        this.contradictions = contradictions;
        this.commands = commands;
    }

    public StoredCommit handle(FactCommand.RecordVerdict verdict) {
        ContradictionView view = contradictions.find(verdict.contradictionId()).orElseThrow(() ->
                new VerdictRejected(VerdictRejected.Reason.UNKNOWN_CONTRADICTION,
                        "no contradiction with id " + verdict.contradictionId()));
        return commands.execute(new FactKey(view.factKey()), verdict);
    }
}
