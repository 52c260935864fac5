package org.factline.archfixture.domain;

import org.factline.archfixture.adapter.FixtureAdapter;

/** Breaks "domain imports nothing from application or adapter". */
public record ReachesOut(FixtureAdapter adapter) {
}
