package org.factline.cleanfixture.domain;

import java.math.BigDecimal;

/** A pure domain value: JDK types only. */
public record Amount(BigDecimal value) {
}
