package org.factline.contracts.value;

/** The granularity a date or time was stated with; "November" is a whole MONTH. */
public enum Precision {
    INSTANT, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE
}
