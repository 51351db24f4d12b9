package org.servicecentre.centre;

/** A member centre of an alliance, as lists and the API show it. */
public record AllianceMember(long centreId, String code, String name, boolean active) {
}
