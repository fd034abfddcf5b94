package org.newskg.gazetteer;

/** Whether a city is the seat of government of its country (a capital) or of its first-level division. */
public enum Seat {
    NONE,
    DIVISION,
    COUNTRY
}
