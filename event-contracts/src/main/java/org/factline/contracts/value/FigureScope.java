package org.factline.contracts.value;

/**
 * What stretch of the world a figure covers, as the sentence tells it. {@code EVENT}: one occurrence
 * ("four killed in Tuesday's strike"); {@code CUMULATIVE}: a running total up to the reference time
 * ("at least 83 killed since September", "so far", "the toll rose to"); {@code PERIOD}: a stated period
 * ("first-quarter profit", "in 1986"); {@code UNSPECIFIED}: the sentence does not say.
 */
public enum FigureScope {
    EVENT, CUMULATIVE, PERIOD, UNSPECIFIED
}
