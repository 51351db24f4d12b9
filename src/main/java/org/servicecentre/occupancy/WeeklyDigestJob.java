package org.servicecentre.occupancy;

import java.time.Clock;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every Monday at 07:00 (Asia/Shanghai), on one node of the cluster, schedules the weekly digests of the week before.
 * A missed Monday (the cluster was down) runs once when it is back; the digests' keys make a second run harmless.
 * Off with {@code servicecentre.occupancy.digests.enabled=false} (tests call {@link WeeklyDigests#send} with the time
 * they choose).
 */
@DisallowConcurrentExecution
class WeeklyDigestJob extends QuartzJobBean {

    private final WeeklyDigests digests;
    private final Clock clock;

    WeeklyDigestJob(WeeklyDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(digests.send(clock.instant()).toString());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.occupancy.digests.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail weeklyDigestJobDetail() {
            return JobBuilder.newJob(WeeklyDigestJob.class).withIdentity("weekly-digests", "occupancy")
                    .withDescription("Schedule the weekly digests for managers and organisations (Monday 07:00)")
                    .storeDurably().build();
        }

        @Bean
        Trigger weeklyDigestTrigger(JobDetail weeklyDigestJobDetail) {
            return TriggerBuilder.newTrigger().forJob(weeklyDigestJobDetail).withIdentity("weekly-digests", "occupancy")
                    .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(org.quartz.DateBuilder.MONDAY, 7, 0)
                            .inTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
