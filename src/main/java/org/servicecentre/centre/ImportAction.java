package org.servicecentre.centre;

/** What importing a row would do to the database. */
public enum ImportAction {
    NEW, CHANGED, UNCHANGED
}
