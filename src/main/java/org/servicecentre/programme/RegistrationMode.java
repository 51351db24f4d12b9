package org.servicecentre.programme;

/** Whether residents sign up, and for what: nothing (drop-in), each session, or the whole programme at once. */
public enum RegistrationMode {
    NONE, PER_SESSION, WHOLE_PROGRAMME;

    public boolean needsRegistration() {
        return this != NONE;
    }
}
