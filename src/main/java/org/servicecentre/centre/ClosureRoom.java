package org.servicecentre.centre;

/** A room of a centre as a closure can name it. */
public record ClosureRoom(long id, String code, String name) {
}
