package org.factline.archfixture.application;

import org.factline.archfixture.adapter.FixtureAdapter;

/** Breaks "application does not import adapter". */
public record SkipsThePort(FixtureAdapter adapter) {
}
