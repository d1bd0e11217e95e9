package dev.oxidometer.ui.news;

import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.system.Editors;

/** The suggested links waiting for review; editors accept or reject each one. */
class SuggestionReview extends VerticalLayout {

    final Grid<ArticleLink> suggestions = new Grid<>(ArticleLink.class, false);
    private final LinkService links;
    private final Paragraph none = new Paragraph("No suggestion is waiting for review.");

    /**
     * @param title    an article's title by id
     * @param reviewed called after every review, whether it succeeded or not
     */
    SuggestionReview(LinkService links, Editors access, LongFunction<String> title, Runnable reviewed) {
        this.links = links;
        suggestions.addColumn(l -> title.apply(l.articleId())).setHeader("Article").setFlexGrow(2);
        suggestions.addColumn(l -> l.kind().key() + " " + l.target()).setHeader("Suggested link").setAutoWidth(true);
        suggestions.addColumn(ArticleLink::reason).setHeader("Why").setFlexGrow(2);
        if (access.isEditor()) {
            suggestions.addComponentColumn(l -> new HorizontalLayout(
                    new Button("Accept", e -> review(() -> links.accept(l.id(), access.userName()), reviewed)),
                    new Button("Reject", e -> review(() -> links.reject(l.id(), access.userName()), reviewed))))
                    .setHeader("Review").setAutoWidth(true);
        }
        suggestions.setAllRowsVisible(true);
        none.setId("no-suggestions");
        add(new H2("Suggestions waiting for review"), none, suggestions);
    }

    void refresh() {
        java.util.List<ArticleLink> pending = links.pending();
        suggestions.setItems(pending);
        suggestions.setVisible(!pending.isEmpty());
        none.setVisible(pending.isEmpty());
    }

    private static void review(Runnable action, Runnable reviewed) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
        reviewed.run();
    }
}
