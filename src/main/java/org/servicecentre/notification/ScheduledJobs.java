package org.servicecentre.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.servicecentre.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The admin's view of the scheduled jobs (from Quartz and the recorded runs), and running one now. */
@Service
public class ScheduledJobs {

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;

    ScheduledJobs(Scheduler scheduler, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<JobStatus> list() {
        try {
            var jobs = new ArrayList<JobStatus>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                jobs.add(status(key));
            }
            jobs.sort(Comparator.comparing(JobStatus::group).thenComparing(JobStatus::name));
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not list its jobs", e);
        }
    }

    /** Runs the job now (on whichever node of the cluster picks it up), besides its schedule. */
    @PreAuthorize("hasRole('ADMIN')")
    public void runNow(String group, String name) {
        try {
            JobKey key = JobKey.jobKey(name, group);
            if (!scheduler.checkExists(key)) {
                throw new NotFoundException("job", group + "." + name);
            }
            scheduler.triggerJob(key);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not start " + group + "." + name, e);
        }
    }

    private JobStatus status(JobKey key) throws SchedulerException {
        var detail = scheduler.getJobDetail(key);
        Date next = null;
        boolean paused = false;
        for (Trigger trigger : scheduler.getTriggersOfJob(key)) {
            Date fire = trigger.getNextFireTime();
            if (fire != null && (next == null || fire.before(next))) {
                next = fire;
            }
            paused |= scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED;
        }
        var last = jdbc.query("select started_at, finished_at, node, outcome, message from job_run "
                + "where job_group = ? and job_name = ? order by started_at desc, id desc fetch first 1 rows only",
                ScheduledJobs::lastRun, key.getGroup(), key.getName());
        var run = last.isEmpty() ? new LastRun(null, null, null, null, null) : last.getFirst();
        return new JobStatus(key.getGroup(), key.getName(), detail == null ? null : detail.getDescription(),
                run.started, run.finished, run.node, run.outcome, run.message,
                next == null ? null : next.toInstant(), paused);
    }

    private record LastRun(Instant started, Instant finished, String node, String outcome, String message) {
    }

    private static LastRun lastRun(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new LastRun(rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("node"), rs.getString("outcome"), rs.getString("message"));
    }
}
