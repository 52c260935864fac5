package org.factline.archfixture.domain;

/** Breaks "domain imports no framework": holds a JAX-RS type. */
public record FrameworkInDomain(jakarta.ws.rs.core.Response response) {
}
