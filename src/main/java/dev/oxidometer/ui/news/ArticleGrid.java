package dev.oxidometer.ui.news;

import com.vaadin.flow.component.grid.Grid;

import dev.oxidometer.news.Article;
import dev.oxidometer.ui.format.Format;

/** The article list: date, title, source. Text columns, so Grid renders titles as text, never as HTML. */
class ArticleGrid extends Grid<Article> {

    ArticleGrid() {
        super(Article.class, false);
        addColumn(a -> Format.date(a.publishedAt())).setHeader("Date").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Article::publishedAt);
        addColumn(Article::title).setHeader("Title").setFlexGrow(3);
        addColumn(Article::source).setHeader("Source").setAutoWidth(true).setSortable(true);
        setMinHeight("20em");
    }
}
