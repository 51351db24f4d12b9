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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every five minutes, on one node of the cluster, releases the rooms nobody came to. One trigger whatever the number of
 * bookings. Off with {@code servicecentre.occupancy.no-show-release.enabled=false} (tests release at the times they
 * choose).
 */
@DisallowConcurrentExecution
class NoShowReleaseJob extends QuartzJobBean {

    private final NoShowRelease release;
    private final Clock clock;

    NoShowReleaseJob(NoShowRelease release, Clock clock) {
        this.release = release;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(release.releaseDue(clock.instant()).toString());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OccupancySettings.class)
    static class Settings {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.occupancy.no-show-release.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail noShowReleaseJobDetail() {
            return JobBuilder.newJob(NoShowReleaseJob.class).withIdentity("release-no-shows", "occupancy")
                    .withDescription("Release rooms nobody confirmed or checked in to after the grace period")
                    .storeDurably().build();
        }

        @Bean
        Trigger noShowReleaseTrigger(JobDetail noShowReleaseJobDetail) {
            return TriggerBuilder.newTrigger().forJob(noShowReleaseJobDetail).withIdentity("release-no-shows",
                    "occupancy").withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(5)
                    .withMisfireHandlingInstructionNextWithRemainingCount()).build();
        }
    }
}
