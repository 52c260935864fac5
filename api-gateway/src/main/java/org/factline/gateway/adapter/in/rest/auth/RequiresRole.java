package org.factline.gateway.adapter.in.rest.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.factline.gateway.domain.Role;

/**
 * The role an operation under {@code /api/} needs. {@link ApiKeyFilter} refuses every operation
 * there that states no role (fail closed). On a class, it applies to methods without their own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    Role value();
}
