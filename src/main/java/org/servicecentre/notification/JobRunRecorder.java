package org.servicecentre.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Records every run of every Quartz job (this module's and the others') in {@code job_run}: when, on which node, how
 * it ended and the job's result line, for the admin's jobs page. Runs older than a week are removed as new ones end.
 */
class JobRunRecorder extends JobListenerSupport {

    static final Duration KEPT = Duration.ofDays(7);
    private static final String RUN_ID = JobRunRecorder.class.getName() + ".run";

    private final JdbcTemplate jdbc;
    private final NotificationSettings settings;
    private final Clock clock;

    JobRunRecorder(JdbcTemplate jdbc, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "job-runs";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        JobKey key = context.getJobDetail().getKey();
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into job_run (job_group, job_name, node, started_at, outcome) "
                    + "values (?, ?, ?, ?, 'RUNNING')", new String[] {"id"});
            ps.setString(1, key.getGroup());
            ps.setString(2, key.getName());
            ps.setString(3, settings.node());
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        context.put(RUN_ID, keys.getKey().longValue());
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Object runId = context.get(RUN_ID);
        if (runId == null) {
            return;
        }
        JobKey key = context.getJobDetail().getKey();
        Instant now = clock.instant();
        String message = failure != null ? failure.getMessage()
                : context.getResult() == null ? null : context.getResult().toString();
        if (message != null && message.length() > 1000) {
            message = message.substring(0, 999) + "…";
        }
        jdbc.update("update job_run set finished_at = ?, outcome = ?, message = ? where id = ?", Timestamp.from(now),
                failure == null ? "OK" : "FAILED", message, runId);
        jdbc.update("delete from job_run where job_group = ? and job_name = ? and started_at < ?", key.getGroup(),
                key.getName(), Timestamp.from(now.minus(KEPT)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        JobRunRecorder jobRunRecorder(JdbcTemplate jdbc, NotificationSettings settings, Clock clock) {
            return new JobRunRecorder(jdbc, settings, clock);
        }

        @Bean
        SchedulerFactoryBeanCustomizer recordJobRuns(JobRunRecorder recorder) {
            return factory -> factory.setGlobalJobListeners(recorder);
        }
    }
}
