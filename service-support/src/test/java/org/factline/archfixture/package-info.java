/**
 * Deliberately broken layering: each class breaks one {@code ServiceArchitectureRules} rule, so
 * {@code ServiceArchitectureRulesTest} can show every rule fails when it should. Never used at run time.
 */
package org.factline.archfixture;
