package dev.oxidometer.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Refreshes saved feed sources on a schedule. Exists only with {@code oxidometer.news.refresh-enabled=true}:
 * off by default, so that a fresh installation (and every test) makes no network calls of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "oxidometer.news.refresh-enabled", havingValue = "true")
class FeedRefreshScheduler {

    private static final Logger log = LoggerFactory.getLogger(FeedRefreshScheduler.class);

    private final FeedSourceService sources;

    FeedRefreshScheduler(FeedSourceService sources) {
        this.sources = sources;
    }

    @Scheduled(fixedDelayString = "${oxidometer.news.refresh-interval:6h}", initialDelayString = "1m")
    void refresh() {
        try {
            sources.refreshEnabledSources();
        } catch (RuntimeException e) {
            log.warn("scheduled feed refresh failed: {}", e.getMessage(), e);
        }
    }
}
