package org.factline.claims.domain;

import org.factline.contracts.event.ClaimExtracted;

/** What can be asked of a fact. Later commands (verdicts, retractions) join this sealed family. */
public sealed interface FactCommand {

    /** Take a newly extracted claim into account. */
    record AttachClaim(ClaimExtracted claim) implements FactCommand {
    }
}
