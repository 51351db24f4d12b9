package org.servicecentre.reminder;

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
 * Every five minutes, on one node of the cluster, schedules the reminders whose time has come (see
 * {@link ReminderScan}). One trigger whatever the number of reminders. Off with
 * {@code servicecentre.reminder.scan.enabled=false} (tests scan at the times they choose).
 */
@DisallowConcurrentExecution
class ReminderScanJob extends QuartzJobBean {

    private final ReminderScan scan;
    private final Clock clock;

    ReminderScanJob(ReminderScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(scan.scan(clock.instant()).toString());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.reminder.scan.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail reminderScanJobDetail() {
            return JobBuilder.newJob(ReminderScanJob.class).withIdentity("schedule-reminders", "reminder")
                    .withDescription("Schedule the reminders before sessions (registrants and the organisation's staff)")
                    .storeDurably().build();
        }

        @Bean
        Trigger reminderScanTrigger(JobDetail reminderScanJobDetail) {
            return TriggerBuilder.newTrigger().forJob(reminderScanJobDetail)
                    .withIdentity("schedule-reminders", "reminder")
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(5)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
        }
    }
}
