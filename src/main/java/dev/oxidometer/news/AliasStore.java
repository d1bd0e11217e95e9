package dev.oxidometer.news;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editable alias table ({@code news_alias}), seeded by the V100 migration. */
@Repository
public class AliasStore {

    private final JdbcClient jdbc;

    public AliasStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Alias> all() {
        return jdbc.sql("select id, alias, path, note from news_alias order by lower(alias), path")
                .query((rs, n) -> new Alias(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** @throws InvalidArticleException with field errors {@code alias} / {@code path} */
    public Alias add(String alias, String path, String note) {
        String a = ArticleDraft.text(alias);
        String p = ArticleDraft.text(path);
        if (a == null || p == null || p.startsWith("/") || p.contains("..") || a.length() > 100 || p.length() > 300) {
            throw new InvalidArticleException(a == null ? Map.of("alias", "alias is required")
                    : Map.of("path", "a tree path such as drivers/android/binder is required"));
        }
        String cleanPath = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        if (all().stream().anyMatch(x -> x.alias().equalsIgnoreCase(a) && x.path().equals(cleanPath))) {
            throw new InvalidArticleException(Map.of("alias", "this alias already maps to " + cleanPath));
        }
        jdbc.sql("insert into news_alias (alias, path, note) values (?, ?, ?)").params(a, cleanPath, ArticleDraft.text(note))
                .update();
        return all().stream().filter(x -> x.alias().equals(a) && x.path().equals(cleanPath)).findFirst().orElseThrow();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from news_alias where id = ?").param(id).update() > 0;
    }

    /** Replaces the whole table (used by the data import). */
    public void replaceAll(List<Alias> aliases) {
        jdbc.sql("delete from news_alias").update();
        for (Alias a : aliases) {
            jdbc.sql("insert into news_alias (alias, path, note) values (?, ?, ?)").params(a.alias(), a.path(), a.note())
                    .update();
        }
    }
}
