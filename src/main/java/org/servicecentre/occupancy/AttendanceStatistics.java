package org.servicecentre.occupancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came, for a room, centre, alliance or region over a period: sessions, registrations, attendances and walk-ins,
 * new and returning residents (counted, never named), breakdowns by target group, organisation, service category and
 * programme, and satisfaction scores. The caller's scope is checked for every subject (see {@link UsageSubjects}).
 * Read from the daily people rollup ({@link PeopleRollup}) for a centre, alliance or region whose centres are all
 * settled through the period's last day, else with SQL over the raw programme, check-in and feedback tables; the two
 * agree (tests compare them). Scores are always read raw.
 * <p>
 * Definitions. The period is local dates, read in each centre's own zone (a session at 23:30 on the last day is in).
 * <ul>
 * <li><b>sessions</b>: programme sessions not cancelled that START in the period, in the subject's rooms (a room
 * subject) or at its centres (centre, alliance, region: this includes sessions at an outside location that carry the
 * centre).</li>
 * <li><b>registrations</b>: registrations with status REGISTERED (not waitlisted, not cancelled) for those sessions;
 * a whole-programme registration (no session) counts ONCE, for a programme with at least one session counted here
 * (in a trend: in the bucket of the earliest local date of the programme's sessions counted).</li>
 * <li><b>attendances</b>: at those sessions, once per session and resident from {@code session_attendance} (ticked
 * by staff, or written by a ticket scan at the kiosk) and successful check-ins with a session and a resident (a kiosk
 * scan writes both, so the pair is counted once); plus every anonymous walk-in for a session (no resident: each one
 * counts). A check-in without a check-out counts.</li>
 * <li><b>walk-ins</b>: successful check-ins WITHOUT a session, by scan time, at the subject's centres (none for a
 * room: a walk-in is not in a room).</li>
 * <li><b>distinct / new / returning residents</b>: known residents who attended (as above) or walked in with a card;
 * new = no attendance or check-in at the subject before the period's first day; returning = the others. Merged
 * duplicates count as the resident they were merged into. Anonymous walk-ins are not residents we can tell apart.</li>
 * <li><b>by target group</b>: sessions of programmes aimed at the group; registrations and attendances of residents
 * in the group (a resident in two groups counts in BOTH, so the lines add up to more than the total); anonymous
 * walk-ins for a session by the group they declared at the kiosk; residents without a group under "not stated".</li>
 * <li><b>by organisation, service category, programme</b>: of the session's programme; a programme without a
 * category goes under "uncategorised".</li>
 * <li><b>satisfaction</b>: anonymous scores 1–5 given in the period at the subject's centres; for a room, the scores
 * about a session held in that room. <b>best-rated sessions</b>: sessions with at least
 * {@value #MIN_RESPONSES} scores in the period, highest average first, then most scores.</li>
 * </ul>
 * A trend gives these figures bucket by bucket (from the rollup in one pass; read raw, one round of queries per
 * bucket); new residents of a bucket are those who had never come before the bucket.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttendanceStatistics {

    /** Scores a session needs to be in the best-rated list. */
    public static final int MIN_RESPONSES = 3;

    private final UsageSubjects subjects;
    private final AttendanceReader reader;
    private final FeedbackReader feedback;
    private final TranslationProvider translations;
    private final PeopleRollupReader rollup;

    AttendanceStatistics(UsageSubjects subjects, AttendanceReader reader, FeedbackReader feedback,
                         TranslationProvider translations, PeopleRollupReader rollup) {
        this.rollup = rollup;
        this.subjects = subjects;
        this.reader = reader;
        this.feedback = feedback;
        this.translations = translations;
    }

    public PeopleFigures people(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        var reach = reader.reach(subjects, subject);
        return rollup.covers(reach, period) ? rollup.people(reach, period) : reader.people(reach, period);
    }

    /** Every bucket of the period, empty ones included; a bucket's start may lie before the period's first day. */
    public List<PeoplePoint> trend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        subjects.check(subject);
        var reach = reader.reach(subjects, subject);
        var points = new ArrayList<PeoplePoint>();
        if (rollup.covers(reach, period)) {
            var parts = buckets(period, granularity);
            var figures = rollup.trend(reach, period, parts);
            for (int i = 0; i < parts.size(); i++) {
                points.add(new PeoplePoint(granularity.bucketOf(parts.get(i).from()), figures.get(i),
                        feedback.satisfaction(reach, parts.get(i))));
            }
            return points;
        }
        var whole = reader.wholeProgrammeRegistrations(reach, period);
        for (var part : buckets(period, granularity)) {
            var people = reader.people(reach, part, false);
            int wholeHere = whole.entrySet().stream().filter(e -> part.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            points.add(new PeoplePoint(granularity.bucketOf(part.from()), withRegistrations(people,
                    people.registrations() + wholeHere), feedback.satisfaction(reach, part)));
        }
        return points;
    }

    public List<AttendanceShare> byTargetGroup(UsageSubject subject, UsagePeriod period) {
        var locale = subjects.check(subject).locale();
        var counts = counts(subject, period, AttendanceGrouping.TARGET_GROUP);
        return shares(counts, key -> translations.translate(locale(locale), AttendanceReader.NONE.equals(key)
                ? "people.group.none" : TranslationProvider.keyOf(TargetGroup.valueOf(key))));
    }

    public List<AttendanceShare> byOrganisation(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        var counts = counts(subject, period, AttendanceGrouping.ORGANISATION);
        var names = reader.names("organisation", "name", counts.keySet());
        return shares(counts, names::get);
    }

    public List<AttendanceShare> byCategory(UsageSubject subject, UsagePeriod period) {
        var locale = locale(subjects.check(subject).locale());
        var counts = counts(subject, period, AttendanceGrouping.CATEGORY);
        var english = Languages.ENGLISH.getLanguage().equals(locale.getLanguage());
        var names = reader.names("catalogue_entry", english ? "coalesce(name_en, name_zh)" : "name_zh",
                counts.keySet());
        return shares(counts, key -> AttendanceReader.NONE.equals(key)
                ? translations.translate(locale, "people.category.none") : names.get(key));
    }

    public List<AttendanceShare> byProgramme(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        var counts = counts(subject, period, AttendanceGrouping.PROGRAMME);
        var names = reader.names("programme", "title", counts.keySet());
        return shares(counts, names::get);
    }

    public SatisfactionFigures satisfaction(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        return feedback.satisfaction(reader.reach(subjects, subject), period);
    }

    /** At most {@code limit} sessions with {@link #MIN_RESPONSES} scores or more, best average first. */
    public List<RatedSession> bestRatedSessions(UsageSubject subject, UsagePeriod period, int limit) {
        subjects.check(subject);
        return feedback.bestRated(reader.reach(subjects, subject), period, MIN_RESPONSES, limit);
    }

    private Map<String, int[]> counts(UsageSubject subject, UsagePeriod period, AttendanceGrouping grouping) {
        var reach = reader.reach(subjects, subject);
        return rollup.covers(reach, period) ? rollup.counts(reach, period, grouping)
                : reader.counts(reach, period, grouping);
    }

    /** The period cut at bucket boundaries, in order. */
    static List<UsagePeriod> buckets(UsagePeriod period, Granularity granularity) {
        var parts = new ArrayList<UsagePeriod>();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            var bucket = granularity.bucketOf(start);
            var next = switch (granularity) {
                case DAY -> bucket.plusDays(1);
                case WEEK -> bucket.plusWeeks(1);
                case MONTH -> bucket.plusMonths(1);
            };
            var end = next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1);
            parts.add(new UsagePeriod(start, end));
            start = next;
        }
        return parts;
    }

    private static PeopleFigures withRegistrations(PeopleFigures p, int registrations) {
        return new PeopleFigures(p.sessions(), registrations, p.attendances(), p.walkIns(), p.distinctResidents(),
                p.newResidents(), p.returningResidents());
    }

    private static Locale locale(Locale locale) {
        return locale == null ? Languages.CHINESE : locale;
    }

    private static List<AttendanceShare> shares(Map<String, int[]> counts,
                                                java.util.function.Function<String, String> name) {
        return counts.entrySet().stream()
                .map(e -> new AttendanceShare(e.getKey(), name.apply(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2]))
                .sorted(Comparator.comparingInt(AttendanceShare::attendances).reversed()
                        .thenComparing(Comparator.comparingInt(AttendanceShare::registrations).reversed())
                        .thenComparing(Comparator.comparingInt(AttendanceShare::sessions).reversed())
                        .thenComparing(s -> s.name() == null ? "" : s.name()))
                .toList();
    }
}
