package dev.oxidometer.news;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A JDBC slice with the news beans over H2 + Flyway, and {@link FixtureKernel#around618()} as the kernel. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@Import(NewsSlice.Beans.class)
public @interface NewsSlice {

    @TestConfiguration
    @Import({ArticleService.class, ArticleStore.class, LinkService.class, LinkStore.class,
            AliasStore.class, NewsSettings.class, FeedImporter.class, FeedFetcher.class, FeedSourceService.class,
            NewsConfiguration.class, ClaimsEngine.class})
    public class Beans {
        @Bean
        KernelInventory kernel() {
            return FixtureKernel.around618();
        }
    }
}
