package org.servicecentre.occupancy;

import java.time.Clock;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every five minutes, on one node of the cluster: settles the days that are over and recomputes room-days and
 * people days whose raw data changed ({@link UsageRollup}, {@link PeopleRollup}). Cheap when there is nothing to do
 * (one query per centre). Off with {@code servicecentre.occupancy.usage-rollup.enabled=false} (tests settle at the
 * times they choose).
 */
@DisallowConcurrentExecution
class UsageRollupJob extends QuartzJobBean {

    private final UsageRollup rollup;
    private final PeopleRollup people;
    private final Clock clock;

    UsageRollupJob(UsageRollup rollup, PeopleRollup people, Clock clock) {
        this.rollup = rollup;
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        var now = clock.instant();
        RuntimeException failed = null;
        int roomDays = 0;
        int peopleRows = 0;
        try {
            roomDays = rollup.catchUp(now);
        } catch (RuntimeException e) {
            failed = e; // the people rollup still runs
        }
        try {
            peopleRows = people.catchUp(now);
        } catch (RuntimeException e) {
            if (failed == null) {
                failed = e;
            } else {
                failed.addSuppressed(e);
            }
        }
        context.setResult("computed " + roomDays + " room-days, " + peopleRows + " people rows");
        if (failed != null) {
            throw failed;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.occupancy.usage-rollup.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail usageRollupJobDetail() {
            return JobBuilder.newJob(UsageRollupJob.class).withIdentity("usage-rollup", "occupancy")
                    .withDescription("Settle past days of room usage and people and recompute changed ones for the dashboards")
                    .storeDurably().build();
        }

        @Bean
        Trigger usageRollupTrigger(JobDetail usageRollupJobDetail) {
            return TriggerBuilder.newTrigger().forJob(usageRollupJobDetail).withIdentity("usage-rollup", "occupancy")
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(5)
                            .withMisfireHandlingInstructionNextWithRemainingCount()).build();
        }
    }
}
