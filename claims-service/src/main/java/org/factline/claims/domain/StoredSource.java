package org.factline.claims.domain;

/** An outlet's view as the sources read model stores it, with the position of the last commit applied to it. */
public record StoredSource(SourceView view, long position) {
}
