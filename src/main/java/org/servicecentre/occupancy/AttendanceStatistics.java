package org.servicecentre.occupancy;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came, for a room, centre, alliance or region over a period: sessions, registrations, attendances and walk-ins,
 * new and returning residents (counted, never named), breakdowns by target group, organisation, service category and
 * programme, and satisfaction scores. The caller's scope is checked for every subject (see {@link UsageSubjects}).
 * <p>
 * TODO(helper "people"): implement; signatures are agreed with the dashboard, report and API work.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttendanceStatistics {

    private final UsageSubjects subjects;

    AttendanceStatistics(UsageSubjects subjects) {
        this.subjects = subjects;
    }

    public PeopleFigures people(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<PeoplePoint> trend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<AttendanceShare> byTargetGroup(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<AttendanceShare> byOrganisation(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<AttendanceShare> byCategory(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<AttendanceShare> byProgramme(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public SatisfactionFigures satisfaction(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }

    public List<RatedSession> bestRatedSessions(UsageSubject subject, UsagePeriod period, int limit) {
        subjects.check(subject);
        throw new UnsupportedOperationException("not built yet");
    }
}
