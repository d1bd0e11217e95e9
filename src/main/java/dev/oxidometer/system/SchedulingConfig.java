package dev.oxidometer.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic rescans ({@code oxidometer.rescan-cron}); the cron expression {@code -} keeps them off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
