package org.factline.cleanfixture.application;

import org.factline.cleanfixture.domain.Amount;

/** A use case that knows only the domain. */
public record Record(Amount amount) {
}
