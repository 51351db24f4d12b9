package org.servicecentre.security;

/** What someone did with a person's unmasked personal data; each is one kind of entry in the access log. */
public enum PersonalDataAction {
    /** Saw it on a screen, a printed list or in an API answer. */
    VIEW,
    /** Took it away in a file (CSV, PDF). */
    EXPORT,
    /** Entered, corrected or removed it. */
    CHANGE,
    /** Merged two records of one person into one. */
    MERGE
}
