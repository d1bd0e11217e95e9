package dev.oxidometer.ui.news;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.ui.format.Format;

/**
 * The articles linked to one release, driver, module or category, for the Release and Driver views:
 * {@code new LinkedArticles(links, LinkKind.RELEASE, "v6.18")}.
 */
public class LinkedArticles extends Div {

    public LinkedArticles(LinkService links, LinkKind kind, String target) {
        addClassName("linked-articles");
        add(new H3("Coverage"));
        List<Article> articles = links.articlesLinkedTo(kind, target);
        if (articles.isEmpty()) {
            add(new Span("No articles linked to " + target + " yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Article a : articles) {
            list.add(new ListItem(ArticleLinks.open(a.url(), a.title()),
                    new Span(" — " + a.source() + ", " + Format.date(a.publishedAt()))));
        }
        add(list);
    }
}
