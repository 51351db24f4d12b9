package org.servicecentre.occupancy.city;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.servicecentre.occupancy.city.CityActivity.Booking;
import org.servicecentre.occupancy.city.CityPlaces.Ids;

/**
 * Turns the walked bookings into rows: booking, programme_session (for bookings of a programme), registration (for
 * sessions of programmes with registration) and check_in. Check-ins go only to bookings that took place
 * (COMPLETED), the asked total spread exactly in proportion to their expected attendance; they are scanned between
 * the start and the middle of the booking (so inside the session and the centre's hours). Registered residents who
 * came check in with their registration; some registered do not come (no-shows); the rest are walk-ins. Released
 * (no-show) bookings keep their registrations and have no check-ins; cancelled bookings cancel their session and
 * its registrations. Kiosk attendance ({@code session_attendance}) is written for the registered check-ins of a
 * sample of the sessions ({@link CityScale#attendanceShare}), and a share of the check-ins is followed by a
 * satisfaction score ({@code feedback}, some with a tag). Full buffers are handed to {@code sendBatch} room by room.
 */
final class ActivityWriter implements CityActivity.Sink {

    static final int FLUSH_BYTES = 8 << 20;

    final CopyBuffer bookings = new CopyBuffer("booking", "id, room_id, centre_id, organisation_id, starts_at, "
            + "ends_at, blocked_from, blocked_until, purpose, expected_attendance, programme_id, status, requested_by, "
            + "requested_by_id, decision_note, decided_by, decided_at, created_at, started_at, started_by, "
            + "started_by_id, start_method");
    final CopyBuffer sessions = new CopyBuffer("programme_session", "id, programme_id, booking_id, centre_id, room_id, "
            + "starts_at, ends_at, status, cancel_reason, cancelled_at");
    final CopyBuffer registrations = new CopyBuffer("registration", "id, programme_id, session_id, resident_id, "
            + "status, source, created_by, created_at, cancelled_at, cancelled_by, cancel_reason");
    final CopyBuffer checkIns = new CopyBuffer("check_in", "id, centre_id, outcome, subject, session_id, "
            + "registration_id, resident_id, target_group, method, scanned_at, received_at, checked_out_at, "
            + "auto_closed");
    final CopyBuffer attendances = new CopyBuffer("session_attendance", "id, session_id, resident_id, "
            + "registration_id, attended_at, method, recorded_by");
    final CopyBuffer feedback = new CopyBuffer("feedback", "id, centre_id, session_id, score, given_at");
    final CopyBuffer feedbackTags = new CopyBuffer("feedback_tag", "feedback_id, tag");

    private static final String[] PRAISE = {"CLEAN", "HELPFUL_STAFF", "USEFUL", "WELL_ORGANISED", "FRIENDLY"};
    private static final String[] COMPLAINTS = {"TOO_CROWDED", "TOO_NOISY", "HARD_TO_FIND", "STARTED_LATE"};

    private final CityScale scale;
    private final CityPlaces places;
    private final long eligibleWeight;
    private final Consumer<CopyBuffer.Copy[]> sendBatch;
    private SplittableRandom random;
    private int roomOfRandom = -1;
    private long checkInIndex;
    private long bookingIndex;
    private long registrationIndex;
    private long cumulativeWeight;
    private long checkInsAssigned;
    private long attendanceIndex;
    private long feedbackIndex;
    private boolean recordAttendance;

    ActivityWriter(CityScale scale, CityPlaces places, long eligibleWeight, Consumer<CopyBuffer.Copy[]> sendBatch) {
        this.scale = scale;
        this.places = places;
        this.eligibleWeight = eligibleWeight;
        this.sendBatch = sendBatch;
    }

    /** The first walk: the total expected attendance of bookings that took place. */
    static long eligibleWeight(CityActivity activity) {
        long[] total = {0};
        activity.walk(b -> {
            if (CityActivity.tookPlace(b)) {
                total[0] += b.expected;
            }
        });
        return total[0];
    }

    @Override
    public void booking(Booking b) {
        if (random == null || b.room != roomOfRandom) {
            random = new SplittableRandom(scale.seed() * 104_729 + b.room * 40_503L);
            roomOfRandom = b.room;
        }
        long id = places.id(Ids.BOOKING, bookingIndex);
        long starts = CityActivity.epoch(b.day, b.starts);
        long ends = CityActivity.epoch(b.day, b.ends);
        long created = starts - (1 + random.nextInt(21)) * 86_400L - random.nextInt(600) * 60L;
        long roomId = places.id(Ids.ROOM, b.room);
        long centreId = places.id(Ids.CENTRE, b.centre);
        long programmeId = b.programme < 0 ? 0 : places.programme(b.centre, b.organisation, b.programme);
        long staff = places.staffAccount(b.centre, b.organisation);
        boolean declined = b.status.equals("DECLINED");
        boolean started = b.status.equals("COMPLETED") && random.nextInt(3) == 0;
        long manager = places.id(Ids.ACCOUNT, b.centre);
        bookings.add(id).add(roomId).add(centreId).add(places.organisation(b.centre, b.organisation))
                .instant(starts).instant(ends).instant(CityActivity.epoch(b.day, b.blockedFrom))
                .instant(CityActivity.epoch(b.day, b.blockedUntil))
                .add(b.programme < 0 ? "组织活动" : "项目活动").add(b.expected)
                .add(b.programme < 0 ? null : programmeId).add(b.status).add("社工").add(staff)
                .add(declined ? "时间冲突" : null).add(declined ? "中心主任" : null)
                .instantOrNull(created + 3600, declined).instant(created)
                .instantOrNull(starts - 300, started).add(started ? "中心主任" : null)
                .add(started ? manager : null).add(started ? "KIOSK_STAFF_CODE" : null).end();
        long sessionId = 0;
        boolean cancelled = b.status.equals("CANCELLED");
        if (b.programme >= 0) {
            sessionId = places.id(Ids.SESSION, bookingIndex);
            sessions.add(sessionId).add(programmeId).add(id).add(centreId).add(roomId).instant(starts).instant(ends)
                    .add(cancelled ? "CANCELLED" : "SCHEDULED").add(cancelled ? "场地预约取消" : null)
                    .instantOrNull(created + 86_400, cancelled).end();
        }
        int checkIns = 0;
        if (CityActivity.tookPlace(b)) {
            cumulativeWeight += b.expected;
            long target = (long) Math.floor((double) scale.checkIns() * cumulativeWeight / eligibleWeight);
            checkIns = (int) (target - checkInsAssigned);
            checkInsAssigned = target;
        }
        writePeople(b, programmeId, sessionId, centreId, starts, ends, created, checkIns);
        bookingIndex++;
    }

    private void writePeople(Booking b, long programmeId, long sessionId, long centreId, long starts, long ends,
            long created, int checkIns) {
        int pool = CityScale.RESIDENTS_PER_CENTRE;
        int registered = 0;
        int noShows = 0;
        int cancelledRegistrations = 0;
        String status = b.status;
        if (b.programme == 0) {
            switch (status) {
                case "COMPLETED" -> {
                    registered = Math.min(pool / 2, (int) Math.round(checkIns * 0.85));
                    noShows = (int) Math.round(registered * 0.15 * random.nextDouble() * 2);
                    cancelledRegistrations = random.nextInt(4) == 0 ? 1 : 0;
                }
                case "RELEASED", "CONFIRMED", "REQUESTED" -> noShows = 1 + random.nextInt(Math.max(1, b.expected / 2));
                case "CANCELLED" -> cancelledRegistrations = random.nextInt(4);
                default -> { }
            }
        }
        int people = registered + noShows + cancelledRegistrations;
        // the sample of sessions whose kiosk attendance is written too (by booking, the same on every run)
        recordAttendance = sessionId != 0 && (bookingIndex * 0x9E3779B97F4A7C15L >>> 40) % 1000
                < Math.round(scale.attendanceShare() * 1000);
        int offset = random.nextInt(pool);
        int stride = 1 + 2 * random.nextInt(pool / 2 - 1);
        while (gcd(stride, pool) != 1) {
            stride += 2;
        }
        long sessionCheckInFrom = starts;
        long window = Math.max(60, Math.min(20 * 60, (ends - starts) / 2));
        for (int j = 0; j < people; j++) {
            int k = (int) ((offset + (long) j * stride) % pool);
            long residentId = places.resident(b.centre, k);
            long registrationId = places.id(Ids.REGISTRATION, registrationIndex++);
            boolean cancelledOne = j >= registered + noShows || status.equals("CANCELLED");
            registrations.add(registrationId).add(programmeId).add(sessionId).add(residentId)
                    .add(cancelledOne ? "CANCELLED" : "REGISTERED").add(j % 3 == 0 ? "STAFF" : "SELF")
                    .add("city-generator").instant(created + 3600 + j * 60L)
                    .instantOrNull(created + 7200 + j * 60L, cancelledOne).add(cancelledOne ? "city-generator" : null)
                    .add(cancelledOne ? "居民取消" : null).end();
            if (j < registered) {
                long index = (long) b.centre * pool + k;
                checkIn(b, centreId, sessionId, registrationId, residentId, CityPlaces.targetGroupOfResident(index),
                        random.nextInt(5) < 3 ? "SCANNER" : "CAMERA", sessionCheckInFrom, window, ends);
            }
        }
        for (int j = registered; j < checkIns; j++) {
            checkIn(b, centreId, sessionId, 0, 0,
                    CityPlaces.TARGET_GROUPS[random.nextInt(CityPlaces.TARGET_GROUPS.length)], "TAP",
                    sessionCheckInFrom, window, ends);
        }
    }

    private void checkIn(Booking b, long centreId, long sessionId, long registrationId, long residentId, String group,
            String method, long from, long window, long ends) {
        long scanned = from + random.nextLong(window);
        int roll = random.nextInt(20);
        boolean open = roll == 0 || roll == 1; // no check-out yet
        boolean autoClosed = roll == 2;
        long out = autoClosed ? CityActivity.epoch(b.day, b.rangeEnd)
                : Math.max(scanned + 60, ends - random.nextInt(600));
        if (registrationId != 0 && recordAttendance) {
            attendances.add(places.id(Ids.ATTENDANCE, attendanceIndex++)).add(sessionId).add(residentId)
                    .add(registrationId).instant(scanned).add("KIOSK").add("city-generator").end();
        }
        if (random.nextDouble() < scale.feedbackShare()) {
            feedback(b, centreId, sessionId, Math.max(out, scanned + 60));
        }
        checkIns.add(places.id(Ids.CHECK_IN, checkInIndex++)).add(centreId).add("CHECKED_IN")
                .add(registrationId != 0 ? "REGISTRATION" : "WALK_IN").add(sessionId == 0 ? null : sessionId)
                .add(registrationId == 0 ? null : registrationId).add(residentId == 0 ? null : residentId).add(group)
                .add(method).instant(scanned).instant(scanned).instantOrNull(out, !open).add(autoClosed).end();
    }

    /**
     * A score given at the kiosk on the way out (time kept to the hour only); centres differ (some better liked), and
     * about half the scores name the session. Some carry a tag: praise for a good score, a complaint for a bad one.
     */
    private void feedback(CityActivity.Booking b, long centreId, long sessionId, long at) {
        double mood = random.nextDouble() + (b.centre % 5 - 2) * 0.04;
        int score = mood < 0.04 ? 1 : mood < 0.10 ? 2 : mood < 0.25 ? 3 : mood < 0.55 ? 4 : 5;
        long id = places.id(Ids.FEEDBACK, feedbackIndex++);
        feedback.add(id).add(centreId).add(sessionId != 0 && random.nextBoolean() ? sessionId : null).add(score)
                .instant(at - Math.floorMod(at, 3600)).end();
        if (random.nextInt(3) == 0) {
            String[] tags = score >= 4 ? PRAISE : COMPLAINTS;
            feedbackTags.add(id).add(tags[random.nextInt(tags.length)]).end();
        }
    }

    @Override
    public void roomDone(int room) {
        if (bookings.size() + checkIns.size() + registrations.size() + attendances.size() + feedback.size()
                >= FLUSH_BYTES) {
            flush();
        }
    }

    void flush() {
        sendBatch.accept(new CopyBuffer.Copy[] {bookings.drain(), sessions.drain(), registrations.drain(),
            checkIns.drain(), attendances.drain(), feedback.drain(), feedbackTags.drain()});
    }

    long checkInsWritten() {
        return checkInIndex;
    }

    long registrationsWritten() {
        return registrationIndex;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
