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
 * Every quarter of an hour, on one node of the cluster, makes the usage proposals that are due (empty sessions,
 * overflowing programmes, series nobody comes to) and expires those whose subject passed. Off with
 * {@code servicecentre.occupancy.proposals.enabled=false} (tests run the checks at the times they choose).
 */
@DisallowConcurrentExecution
class ProposalJob extends QuartzJobBean {

    private final ProposalChecks checks;
    private final Clock clock;

    ProposalJob(ProposalChecks checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(checks.proposeDue(clock.instant()).toString());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "servicecentre.occupancy.proposals.enabled", havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        @Bean
        JobDetail usageProposalJobDetail() {
            return JobBuilder.newJob(ProposalJob.class).withIdentity("propose-room-changes", "occupancy")
                    .withDescription("Propose releasing empty sessions, larger rooms and cancelling empty series")
                    .storeDurably().build();
        }

        @Bean
        Trigger usageProposalTrigger(JobDetail usageProposalJobDetail) {
            return TriggerBuilder.newTrigger().forJob(usageProposalJobDetail).withIdentity("propose-room-changes",
                    "occupancy").withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(15)
                    .withMisfireHandlingInstructionNextWithRemainingCount()).build();
        }
    }
}
