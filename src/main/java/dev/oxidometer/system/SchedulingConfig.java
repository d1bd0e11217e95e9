package dev.oxidometer.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduling, for the poll of scan progress ({@code ScanProgressBus}); scans, rescans and feed refreshes
 * are db-scheduler jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
