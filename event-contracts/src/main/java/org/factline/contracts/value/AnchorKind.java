package org.factline.contracts.value;

/**
 * What an {@link Anchor} names. {@code ENTITY}: a person, organisation, vessel or other named thing
 * ("Maduro", "USS Gerald R. Ford", "Acme Corp"); {@code PLACE}: where ("Margarita Island",
 * "the Caribbean"); {@code GROUP}: whose, a side or nationality ("Venezuelan", "U.S."); {@code EVENT}:
 * the occurrence the figure belongs to ("ferry capsizing", "strikes on drug boats"); {@code OBJECT}:
 * what money or a share is for or of ("Maduro's arrest", "the company's shares").
 */
public enum AnchorKind {
    ENTITY, PLACE, GROUP, EVENT, OBJECT
}
