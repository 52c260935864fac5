package org.factline.archfixture.adapter;

/** An adapter the broken fixtures reach for. */
public record FixtureAdapter(String name) {
}
