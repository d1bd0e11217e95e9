package dev.oxidometer.ui.news;

import com.vaadin.flow.component.grid.Grid;

import dev.oxidometer.news.Article;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

/** The article list: date, title, source. Text columns, so Grid renders titles as text, never as HTML. */
class ArticleGrid extends Grid<Article> {

    ArticleGrid() {
        super(Article.class, false);
        addColumn(a -> Format.date(a.publishedAt())).setHeader("Date").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Article::publishedAt);
        addColumn(Article::title).setHeader("Title").setFlexGrow(3);
        Column<Article> source = addColumn(Article::source).setHeader("Source").setAutoWidth(true)
                .setSortable(true);
        setMinHeight("20em");
        addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a phone keeps the date and the title; the source is in the detail a tap opens
        NarrowScreen.follow(this, narrow -> source.setVisible(!narrow));
    }
}
