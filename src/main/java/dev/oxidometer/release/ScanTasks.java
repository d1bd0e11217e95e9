package dev.oxidometer.release;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The db-scheduler tasks of the release history: one scan ({@link ScanJobs}), and the periodic rescan of the
 * configured repositories ({@code oxidometer.rescan-cron}; {@code -} keeps it off), a recurring task with one
 * execution in the database, so that it runs once per cluster.
 */
@Configuration(proxyBeanMethods = false)
class ScanTasks {

    static final String RESCAN = "rescan-configured";

    /** A scan this instance handed over is picked again this soon (by any instance) unless another revived it. */
    private static final Duration HANDED_OVER_RETRY = Duration.ofSeconds(10);

    /**
     * One scan. A scan that ends (succeeded or failed) completes its job; a scan this instance stops unfinished,
     * because it is shutting down or lost the job, fails it instead, so that the job stays for another instance.
     */
    @Bean
    OneTimeTask<Long> scanTask(ScanRunner runner) {
        return Tasks.oneTime(ScanJobs.TASK, Long.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(HANDED_OVER_RETRY))
                .execute((instance, context) -> {
                    ScanProgress end = runner.run(instance.getData(), () -> owned(context));
                    if (end != null && end.running()) {
                        throw new IllegalStateException("Scan " + instance.getData() + " handed over unfinished");
                    }
                });
    }

    @Bean
    RecurringTask<Void> rescanTask(RepositorySettings settings, ObjectProvider<ScanSchedules> schedules) {
        return Tasks.recurring(RESCAN, Schedules.cron(settings.rescanCron()))
                .execute((instance, context) -> schedules.getObject().rescanConfigured());
    }

    /**
     * Whether the execution is still this instance's: not while it shuts down, nor once its heartbeats have failed
     * for as long as another instance waits before it declares the execution dead and takes it over.
     */
    private static boolean owned(ExecutionContext context) {
        if (context.getSchedulerState().isShuttingDown()) {
            return false;
        }
        return context.getCurrentlyExecuting() == null
                || context.getCurrentlyExecuting().getHeartbeatState().getFractionDead() < 1.0;
    }
}
