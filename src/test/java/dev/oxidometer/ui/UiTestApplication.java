package dev.oxidometer.ui;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import dev.oxidometer.system.Editors;

/**
 * The view tests' application: Vaadin, Spring Security, the ui package and who is an editor only. The read model
 * is mocked in each test, so the release package's storage and scanning beans stay out of these contexts.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// the chart images read the release package (not in these contexts): ViewTestBase imports the service over mocks
@ComponentScan(basePackageClasses = UiTestApplication.class, excludeFilters = @ComponentScan.Filter(
        type = org.springframework.context.annotation.FilterType.REGEX, pattern = "dev\\.oxidometer\\.ui\\.chart\\.image\\..*"))
@Import(Editors.class)
class UiTestApplication {
}
