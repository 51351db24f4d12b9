package org.servicecentre.booking;

/** A booking whose start is confirmed; {@code first} is false when it had been confirmed before (that time stays). */
public record StartConfirmation(StartableBooking booking, boolean first) {
}
