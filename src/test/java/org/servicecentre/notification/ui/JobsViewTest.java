package org.servicecentre.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteNotFoundError;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class JobsViewTest extends SpringBrowserlessTest {

    /** Quartz jobs are off in tests, so the test registers one of its own (unscheduled far ahead). */
    private static final JobKey KEY = JobKey.jobKey("screen-test-job", "screen-test");
    private static final Instant NEXT = Instant.parse("2099-01-01T00:00:00Z");
    static volatile CountDownLatch ran = new CountDownLatch(1);

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aJobThatRanOnce() throws SchedulerException {
        ran = new CountDownLatch(1);
        scheduler.addJob(JobBuilder.newJob(CountingJob.class).withIdentity(KEY)
                .withDescription("Count the runs of a screen test").storeDurably().build(), true);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().forJob(KEY).withIdentity("screen-test-job", "screen-test")
                .startAt(Date.from(NEXT)).withSchedule(SimpleScheduleBuilder.repeatHourlyForever()).build());
        jdbc.update("delete from job_run where job_group = ?", KEY.getGroup());
        jdbc.update("insert into job_run (job_group, job_name, node, started_at, finished_at, outcome, message) "
                        + "values (?, ?, 'node-a', ?, ?, 'OK', 'sent 12 notifications')", KEY.getGroup(),
                KEY.getName(), Timestamp.from(Instant.parse("2026-11-20T04:00:00Z")),
                Timestamp.from(Instant.parse("2026-11-20T04:00:01.500Z")));
    }

    /** Quartz may still be finishing the one-off run a test started; deleting the job waits for it. */
    @AfterEach
    void removeTheJob() throws SchedulerException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                scheduler.deleteJob(KEY);
                return;
            } catch (SchedulerException stillFiring) {
                if (attempt == 25) {
                    throw stillFiring;
                }
                Thread.sleep(200);
            }
        }
    }

    @Test
    @WithUserDetails("admin")
    void showsEachJobsLastRunOutcomeAndNextRun() {
        navigate(JobsView.class);

        var grid = test($(Grid.class).id("jobs-grid"));
        int row = rowOf(grid);
        assertThat(grid.getCellText(row, 2)).isEqualTo("node-a");
        assertThat(grid.getCellText(row, 4)).isEqualTo("sent 12 notifications");
        assertThat(text(grid.getCellComponent(row, "outcome"))).isEqualTo("成功");
        assertThat(text(grid.getCellComponent(row, "lastRun"))).isEqualTo("2026-11-20 12:00:00用时 1.5 秒");
        assertThat(text(grid.getCellComponent(row, "nextRun"))).startsWith("2099-01-01 08:00:00");
        assertThat(text(grid.getCellComponent(row, "job"))).contains("Count the runs of a screen test");
    }

    @Test
    @WithUserDetails("admin")
    void runsAJobNowOnlyAfterTheAdminConfirms() throws InterruptedException {
        navigate(JobsView.class);

        var grid = test($(Grid.class).id("jobs-grid"));
        ((Button) grid.getCellComponent(rowOf(grid), "actions")).click();
        assertThat(ran.getCount()).isEqualTo(1);
        test($(ConfirmDialog.class).id("confirm-run")).confirm();

        assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void keepsEveryoneButAdminsOut() {
        var refused = catchThrowable(() -> navigate(JobsView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    private static int rowOf(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 2).equals("node-a")) {
                return i;
            }
        }
        throw new AssertionError("the test job is not listed");
    }

    private static String text(com.vaadin.flow.component.Component cell) {
        return cell.getElement().getTextRecursively();
    }

    /** A job that only says it ran. */
    public static class CountingJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            context.setResult("counted");
            ran.countDown();
        }
    }
}
