package org.factline.archfixture.domain;

import org.factline.otherfixture.domain.Foreign;

/** Breaks "no service imports another service's packages". */
public record Trespasser(Foreign foreign) {
}
