package org.servicecentre.occupancy;

/** One programme of an organisation in a week: sessions held, registrations (per session, summed) and attendance. */
public record DigestProgrammeAttendance(long programmeId, String title, int sessions, long registered, long attended) {

    /** Attended over registered in whole per cent, or null with no registration (drop-in). */
    public Integer percent() {
        return registered == 0 ? null : (int) Math.round(attended * 100.0 / registered);
    }
}
