package org.servicecentre.shared;

/** The thing asked for does not exist. {@code what} names its kind by the key {@code entity.<what>}. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("NOT_FOUND", new Term("entity." + what), String.valueOf(id));
    }
}
