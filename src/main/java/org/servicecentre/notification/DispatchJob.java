package org.servicecentre.notification;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every ten seconds, on one node of the cluster, sends the notifications that are due. One trigger whatever the
 * number of messages: the messages wait in the outbox, not in Quartz. Off with
 * {@code servicecentre.notification.dispatch.enabled=false} (tests dispatch themselves).
 */
@DisallowConcurrentExecution
class DispatchJob extends QuartzJobBean {

    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    DispatchJob(OutboxDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        var report = dispatcher.dispatchDue(clock);
        context.setResult(report.toString());
        if (report.more()) {
            // A backlog: run again as soon as this run ends instead of waiting for the next fire (which a long run
            // may have pushed past the misfire threshold).
            try {
                context.getScheduler().triggerJob(context.getJobDetail().getKey());
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not run the dispatch again", e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.notification.dispatch.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail notificationDispatchJobDetail() {
            return JobBuilder.newJob(DispatchJob.class).withIdentity("send-notifications", "notification")
                    .withDescription("Send due notifications from the outbox").storeDurably().build();
        }

        @Bean
        Trigger notificationDispatchTrigger(JobDetail notificationDispatchJobDetail) {
            return TriggerBuilder.newTrigger().forJob(notificationDispatchJobDetail)
                    .withIdentity("send-notifications", "notification")
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(10)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
