package dev.oxidometer.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.DisabledSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Refreshes saved feed sources on a schedule: a db-scheduler recurring task, whose one execution in the database
 * makes the refresh run once per cluster, not once per instance. Off unless
 * {@code oxidometer.news.refresh-enabled=true}, so that a fresh installation (and every test) makes no network calls
 * of its own; turned off, the task stays known but its schedule is disabled (and a stored execution is removed).
 */
@Configuration(proxyBeanMethods = false)
class FeedRefreshScheduler {

    static final String TASK = "feed-refresh";

    private static final Logger log = LoggerFactory.getLogger(FeedRefreshScheduler.class);

    @Bean
    RecurringTask<Void> feedRefreshTask(NewsProperties properties, ObjectProvider<FeedSourceService> sources) {
        var schedule = properties.refreshEnabled() ? FixedDelay.of(properties.refreshInterval())
                : new DisabledSchedule();
        return Tasks.recurring(TASK, schedule).execute((instance, context) -> refresh(sources.getObject()));
    }

    static void refresh(FeedSourceService sources) {
        try {
            sources.refreshEnabledSources();
        } catch (RuntimeException e) {
            log.warn("scheduled feed refresh failed: {}", e.getMessage(), e);
        }
    }
}
