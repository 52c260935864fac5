package org.factline.otherfixture.domain;

/** Another "service"'s domain type. */
public record Foreign(String value) {
}
