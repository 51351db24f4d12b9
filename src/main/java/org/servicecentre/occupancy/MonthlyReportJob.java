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
 * On the 1st of every month at 08:00 (Asia/Shanghai), on one node of the cluster, schedules last month's work report
 * to each centre's managers. A missed run (the cluster was down) runs once when it is back; the messages' keys make a
 * second run harmless. Off with {@code servicecentre.occupancy.monthly-reports.enabled=false} (tests call
 * {@link MonthlyReports#send} with the time they choose).
 */
@DisallowConcurrentExecution
class MonthlyReportJob extends QuartzJobBean {

    private final MonthlyReports reports;
    private final Clock clock;

    MonthlyReportJob(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(reports.send(clock.instant()).toString());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.occupancy.monthly-reports.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail monthlyReportJobDetail() {
            return JobBuilder.newJob(MonthlyReportJob.class).withIdentity("monthly-reports", "occupancy")
                    .withDescription("Send last month's work report to each centre's managers (1st, 08:00)")
                    .storeDurably().build();
        }

        @Bean
        Trigger monthlyReportTrigger(JobDetail monthlyReportJobDetail) {
            return TriggerBuilder.newTrigger().forJob(monthlyReportJobDetail).withIdentity("monthly-reports", "occupancy")
                    .withSchedule(CronScheduleBuilder.monthlyOnDayAndHourAndMinute(1, 8, 0)
                            .inTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
