package org.servicecentre.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.FeedbackTag;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Five weeks of satisfaction scores at the demo centres, so that a newcomer finds a living satisfaction tab: 科技园
 * busy and well liked (crowded after school), 高新区 good but hard to find and not always on time (the evening
 * clinic), 南头城 and 同乐 fewer and more mixed. Drawn from a fixed seed, so every start looks alike. The demo sessions
 * all lie ahead, so these scores are about the visits, not about a session.
 */
@Component
@Order(75)
class DemoFeedback implements DemoLayer {

    /** Per centre: how many scores gave 1 … 5 over the five weeks, and the tags people tend to tap there. */
    private record Mood(String centreCode, int[] scores, List<FeedbackTag> praise, List<FeedbackTag> complaints) {
    }

    private static final List<Mood> MOODS = List.of(
            new Mood("KJY", new int[] {1, 2, 6, 21, 30},
                    List.of(FeedbackTag.HELPFUL_STAFF, FeedbackTag.HELPFUL_STAFF, FeedbackTag.USEFUL,
                            FeedbackTag.FRIENDLY, FeedbackTag.CLEAN, FeedbackTag.WELL_ORGANISED),
                    List.of(FeedbackTag.TOO_CROWDED, FeedbackTag.TOO_CROWDED, FeedbackTag.TOO_NOISY)),
            new Mood("GXQ", new int[] {2, 3, 8, 17, 13},
                    List.of(FeedbackTag.USEFUL, FeedbackTag.USEFUL, FeedbackTag.HELPFUL_STAFF, FeedbackTag.CLEAN),
                    List.of(FeedbackTag.HARD_TO_FIND, FeedbackTag.HARD_TO_FIND, FeedbackTag.STARTED_LATE)),
            new Mood("NTC", new int[] {1, 2, 6, 9, 7},
                    List.of(FeedbackTag.FRIENDLY, FeedbackTag.FRIENDLY, FeedbackTag.USEFUL, FeedbackTag.WELL_ORGANISED),
                    List.of(FeedbackTag.TOO_NOISY, FeedbackTag.TOO_CROWDED)),
            new Mood("TL", new int[] {0, 1, 3, 6, 4},
                    List.of(FeedbackTag.CLEAN, FeedbackTag.FRIENDLY, FeedbackTag.HELPFUL_STAFF),
                    List.of(FeedbackTag.STARTED_LATE, FeedbackTag.HARD_TO_FIND)));
    private static final int DAYS = 35;

    private final CentreService centres;
    private final FeedbackService feedback;
    private final Clock clock;

    DemoFeedback(CentreService centres, FeedbackService feedback, Clock clock) {
        this.centres = centres;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var random = new Random(20261124L);
        for (var mood : MOODS) {
            var centre = centres.getByCode(mood.centreCode());
            var zone = centre.timeZone();
            var today = LocalDate.now(clock.withZone(zone));
            var now = clock.instant();
            for (int score = 1; score <= 5; score++) {
                for (int i = 0; i < mood.scores()[score - 1]; i++) {
                    var day = visitDay(today, random);
                    var at = day.atTime(LocalTime.of(9 + random.nextInt(11), random.nextInt(60))).atZone(zone)
                            .toInstant();
                    if (at.isAfter(now)) {
                        at = now.minusSeconds(3600L * (1 + random.nextInt(48)));
                    }
                    feedback.recordEarlier(centre.id(), null, score, tags(mood, score, random), at);
                }
            }
        }
    }

    /** A day of the last five weeks, busier on weekdays, as the centres are. */
    private static LocalDate visitDay(LocalDate today, Random random) {
        LocalDate day;
        do {
            day = today.minusDays(random.nextInt(DAYS));
        } while (day.getDayOfWeek() == DayOfWeek.SUNDAY && random.nextInt(3) > 0);
        return day;
    }

    /** Most people tap nothing or one tag; praise goes with good scores, complaints with poor ones (and some 4s). */
    private static EnumSet<FeedbackTag> tags(Mood mood, int score, Random random) {
        var tags = EnumSet.noneOf(FeedbackTag.class);
        int howMany = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> 0;
            case 4, 5, 6, 7 -> 1;
            default -> 2;
        };
        var pool = new ArrayList<FeedbackTag>();
        if (score >= 3) {
            pool.addAll(mood.praise());
        }
        if (score <= 3 || score == 4 && random.nextInt(4) == 0) {
            pool.addAll(mood.complaints());
        }
        for (int i = 0; i < howMany; i++) {
            tags.add(pool.get(random.nextInt(pool.size())));
        }
        return tags;
    }
}
