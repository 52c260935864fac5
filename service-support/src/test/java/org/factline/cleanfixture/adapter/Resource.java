package org.factline.cleanfixture.adapter;

import org.factline.cleanfixture.application.Record;
import org.factline.support.rest.Problem;

/** An adapter may use the framework, the application, the domain and service-support. */
public record Resource(Record useCase, jakarta.ws.rs.core.Response response, Problem problem) {
}
