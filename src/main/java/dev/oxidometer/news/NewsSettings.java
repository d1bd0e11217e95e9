package dev.oxidometer.news;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Editable news settings in {@code news_setting}; for now the keyword filter of feed imports. */
@Repository
public class NewsSettings {

    static final int MAX_FILTER = 4000;


    static final String KEYWORD_FILTER = "keyword-filter";

    private final JdbcClient jdbc;

    public NewsSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public KeywordFilter keywordFilter() {
        return get(KEYWORD_FILTER).map(KeywordFilter::parse).orElse(KeywordFilter.DEFAULT);
    }

    @Transactional
    public KeywordFilter setKeywordFilter(String text) {
        if (text != null && text.length() > MAX_FILTER) {
            throw new InvalidArticleException(java.util.Map.of("filter",
                    "the keyword filter is longer than " + MAX_FILTER + " characters"));
        }
        KeywordFilter filter = KeywordFilter.parse(text);
        if (filter.format().length() > MAX_FILTER) {
            throw new InvalidArticleException(java.util.Map.of("filter",
                    "the keyword filter is longer than " + MAX_FILTER + " characters"));
        }
        put(KEYWORD_FILTER, filter.format());
        return filter;
    }

    private Optional<String> get(String name) {
        return jdbc.sql("select setting_value from news_setting where setting_name = ?").param(name)
                .query(String.class).optional();
    }

    private void put(String name, String value) {
        if (jdbc.sql("update news_setting set setting_value = ? where setting_name = ?").params(value, name).update() == 0) {
            jdbc.sql("insert into news_setting (setting_name, setting_value) values (?, ?)").params(name, value).update();
        }
    }
}
