package org.servicecentre.occupancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.occupancy.WorkReport.Headline;
import org.servicecentre.occupancy.WorkReport.Highlight;
import org.servicecentre.occupancy.WorkReport.Measure;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles work reports from the usage and attendance statistics (which check the caller's scope for the subject):
 * headline figures against the previous period of the same length, highlights, tables, breakdown and trends. Lists
 * the subjects a caller may report on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'REGION_OFFICER', 'CENTRE_MANAGER')")
public class WorkReports {

    /** How many programmes, partners and sessions each kind of highlight names at most. */
    static final int HIGHLIGHTS_PER_KIND = 3;
    /** Periods up to this many days trend by week, longer ones by month. */
    static final int WEEKLY_UP_TO_DAYS = 100;
    /** Reports are dated in the cities' zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Told how far compiling got (0–1) and what it does now (a bundle key, {@code report.progress.*}). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, statusKey) -> { };

        void update(double done, String statusKey);
    }

    private final UsageStatistics usage;
    private final AttendanceStatistics people;
    private final UsageSubjects subjects;
    private final ReportQueries queries;
    private final Clock clock;
    private final CurrentUser currentUser;

    WorkReports(UsageStatistics usage, AttendanceStatistics people, UsageSubjects subjects, ReportQueries queries,
                Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.usage = usage;
        this.people = people;
        this.subjects = subjects;
        this.queries = queries;
        this.clock = clock;
    }

    /** The centres, alliances and regions the caller may report on (regions first, then alliances, then centres). */
    public List<ReportSubject> subjects() {
        return queries.subjectsFor(currentUser.scope());
    }

    public WorkReport compile(UsageSubject subject, UsagePeriod period) {
        return compile(subject, period, Progress.NONE);
    }

    public WorkReport compile(UsageSubject subject, UsagePeriod period, Progress progress) {
        subjects.check(subject);
        var previous = period.previous();
        var granularity = period.days() <= WEEKLY_UP_TO_DAYS ? Granularity.WEEK : Granularity.MONTH;
        progress.update(0.05, "report.progress.usage");
        String name = usage.name(subject);
        var figures = usage.figures(subject, period);
        var figuresBefore = usage.figures(subject, previous);
        progress.update(0.2, "report.progress.people");
        var peopleNow = people.people(subject, period);
        var peopleBefore = people.people(subject, previous);
        var satisfaction = people.satisfaction(subject, period);
        var satisfactionBefore = people.satisfaction(subject, previous);
        progress.update(0.4, "report.progress.tables");
        var byGroup = people.byTargetGroup(subject, period);
        var byCategory = people.byCategory(subject, period);
        var byOrganisation = people.byOrganisation(subject, period);
        var byProgramme = people.byProgramme(subject, period);
        var byProgrammeBefore = people.byProgramme(subject, previous);
        var byGroupBefore = people.byTargetGroup(subject, previous);
        progress.update(0.6, "report.progress.breakdown");
        var breakdown = usage.breakdown(subject, period);
        progress.update(0.7, "report.progress.trends");
        var usageTrend = usage.trend(subject, period, granularity);
        var peopleTrend = people.trend(subject, period, granularity);
        progress.update(0.85, "report.progress.highlights");
        var bestRated = people.bestRatedSessions(subject, period, HIGHLIGHTS_PER_KIND);
        var partners = queries.newPartners(subject, subjects.centresOf(subject), period);

        var headlines = List.of(
                new Headline(Measure.UTILISATION, figures.utilisation(), figuresBefore.utilisation()),
                new Headline(Measure.ATTENDED_UTILISATION, figures.attendedUtilisation(),
                        figuresBefore.attendedUtilisation()),
                count(Measure.SESSIONS, peopleNow.sessions(), peopleBefore.sessions()),
                count(Measure.ATTENDANCES, peopleNow.attendances(), peopleBefore.attendances()),
                count(Measure.WALK_INS, peopleNow.walkIns(), peopleBefore.walkIns()),
                count(Measure.DISTINCT_RESIDENTS, peopleNow.distinctResidents(), peopleBefore.distinctResidents()),
                count(Measure.NEW_RESIDENTS, peopleNow.newResidents(), peopleBefore.newResidents()),
                count(Measure.RETURNING_RESIDENTS, peopleNow.returningResidents(), peopleBefore.returningResidents()),
                new Headline(Measure.SATISFACTION, index(satisfaction), index(satisfactionBefore)),
                new Headline(Measure.NO_SHOW_RATE, figures.noShowRate(), figuresBefore.noShowRate()),
                new Headline(Measure.RELEASE_RATE, figures.releaseRate(), figuresBefore.releaseRate()));
        var highlights = new ArrayList<Highlight>();
        highlights.addAll(largest(byProgramme));
        growth(byProgramme, byProgrammeBefore, "report.highlight.growth", AttendanceShare::name)
                .ifPresent(highlights::add);
        growth(byGroup.stream().filter(g -> ReportTexts.targetGroupOrName(g) instanceof TargetGroup).toList(), byGroupBefore,
                "report.highlight.growth-group", ReportTexts::targetGroupOrName)
                .ifPresent(highlights::add);
        partners.stream().limit(HIGHLIGHTS_PER_KIND).forEach(p -> highlights.add(new Highlight(
                "report.highlight.partner", List.of(p.name(), p.firstSession(), p.sessions()))));
        bestRated.stream().filter(s -> s.responses() > 0).forEach(s -> highlights.add(new Highlight(
                "report.highlight.best-rated", List.of(s.programmeTitle(), s.organisationName(), s.average(),
                        s.responses()))));
        progress.update(1, "report.progress.done");
        return new WorkReport(subject, name, period, granularity, headlines, List.copyOf(highlights), byGroup,
                byCategory, byOrganisation, byProgramme, breakdown, usageTrend, peopleTrend, bestRated,
                LocalDate.now(clock.withZone(ZONE)), clock.instant());
    }

    private static Headline count(Measure measure, int now, int before) {
        return new Headline(measure, (double) now, (double) before);
    }

    private static Double index(SatisfactionFigures satisfaction) {
        Integer index = satisfaction.index();
        return index == null ? null : index.doubleValue();
    }

    /** The programmes most attended, each as a sentence with its attendances and sessions. */
    static List<Highlight> largest(List<AttendanceShare> programmes) {
        return programmes.stream().filter(p -> p.attendances() > 0)
                .sorted(Comparator.comparingInt(AttendanceShare::attendances).reversed()
                        .thenComparing(AttendanceShare::name))
                .limit(HIGHLIGHTS_PER_KIND)
                .map(p -> new Highlight("report.highlight.largest", List.of(p.name(), p.attendances(), p.sessions())))
                .toList();
    }

    /** The share whose attendances grew most against the previous period (by its key), if any grew. */
    static java.util.Optional<Highlight> growth(List<AttendanceShare> now, List<AttendanceShare> before, String key,
                                                Function<AttendanceShare, Object> name) {
        Map<String, Integer> earlier = before.stream()
                .collect(Collectors.toMap(AttendanceShare::key, AttendanceShare::attendances, Integer::sum));
        Function<AttendanceShare, Integer> gain = s -> s.attendances() - earlier.getOrDefault(s.key(), 0);
        // growth from nothing is news, not growth (the largest programmes and new partners tell it)
        return now.stream().filter(s -> earlier.getOrDefault(s.key(), 0) > 0 && gain.apply(s) > 0)
                .max(Comparator.comparing(gain).thenComparing(AttendanceShare::name, Comparator.reverseOrder()))
                .map(s -> new Highlight(key, List.of(name.apply(s), earlier.getOrDefault(s.key(), 0),
                        s.attendances())));
    }
}
