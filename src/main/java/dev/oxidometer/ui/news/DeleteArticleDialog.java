package dev.oxidometer.ui.news;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleService;

/** Asks before an article (with its links) is deleted. */
class DeleteArticleDialog extends Dialog {

    /** @param deleted called after the article was deleted */
    DeleteArticleDialog(ArticleService articles, Article article, Runnable deleted) {
        setHeaderTitle("Delete article?");
        add(new Paragraph(article.title()));
        Button delete = new Button("Delete", e -> {
            articles.delete(article.id());
            close();
            deleted.run();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), delete);
    }
}
