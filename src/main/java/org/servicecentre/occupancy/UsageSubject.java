package org.servicecentre.occupancy;

/** A room, centre, alliance or region whose use is measured. */
public record UsageSubject(UsageLevel level, long id) {

    public static UsageSubject room(long id) {
        return new UsageSubject(UsageLevel.ROOM, id);
    }

    public static UsageSubject centre(long id) {
        return new UsageSubject(UsageLevel.CENTRE, id);
    }

    public static UsageSubject alliance(long id) {
        return new UsageSubject(UsageLevel.ALLIANCE, id);
    }

    public static UsageSubject region(long id) {
        return new UsageSubject(UsageLevel.REGION, id);
    }
}
