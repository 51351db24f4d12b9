package org.servicecentre.booking;

import java.time.Instant;
import java.util.List;
import org.servicecentre.shared.DomainException;

/**
 * One occurrence of a series [start, end) and whether it can be booked: {@code problemCode} is null when it can,
 * else the code of the first reason it cannot (a conflict, a closure, outside hours, a rule…) with its arguments,
 * translated with the key {@link #translationKey()} like any {@link DomainException}.
 */
public record OccurrencePreview(Instant start, Instant end, String problemCode, List<Object> problemArguments) {

    public OccurrencePreview {
        problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
    }

    static OccurrencePreview bookable(Instant start, Instant end) {
        return new OccurrencePreview(start, end, null, List.of());
    }

    static OccurrencePreview refused(Instant start, Instant end, DomainException reason) {
        return new OccurrencePreview(start, end, reason.code(), List.of(reason.arguments()));
    }

    public boolean ok() {
        return problemCode == null;
    }

    /** The problem as an exception, to translate it (null when the occurrence is bookable). */
    public DomainException problem() {
        return ok() ? null : new DomainException(problemCode, problemArguments.toArray());
    }

    public String translationKey() {
        return ok() ? null : problem().translationKey();
    }
}
