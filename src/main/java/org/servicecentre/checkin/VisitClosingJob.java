package org.servicecentre.checkin;

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
 * Every quarter of an hour, on one node of the cluster (Quartz's JDBC store), closes the visits left open at closing
 * time. Off with {@code servicecentre.checkin.auto-close.enabled=false} (the tests close visits themselves, at the time
 * they choose).
 */
@DisallowConcurrentExecution
class VisitClosingJob extends QuartzJobBean {

    private final VisitCloser closer;
    private final Clock clock;

    VisitClosingJob(VisitCloser closer, Clock clock) {
        this.closer = closer;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult("closed " + closer.closeDue(clock.instant()) + " visits");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.checkin.auto-close.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail visitClosingJobDetail() {
            return JobBuilder.newJob(VisitClosingJob.class).withIdentity("close-visits", "checkin")
                    .withDescription("Close visits left open at closing time").storeDurably().build();
        }

        @Bean
        Trigger visitClosingTrigger(JobDetail visitClosingJobDetail) {
            return TriggerBuilder.newTrigger().forJob(visitClosingJobDetail).withIdentity("close-visits", "checkin")
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(15)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
