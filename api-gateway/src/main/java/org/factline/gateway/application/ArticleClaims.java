package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;

/** Port: the claims extracted from one article, as claims-service knows them (an empty array when none). */
public interface ArticleClaims {

    JsonNode claimsOf(String articleId);
}
