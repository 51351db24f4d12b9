package org.servicecentre.shared;

/** A message argument that is itself translated, such as the name of the kind of thing that was not found. */
public record Term(String key) {
}
