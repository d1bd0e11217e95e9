package dev.oxidometer.ui.news;

import java.util.function.Consumer;

import com.vaadin.flow.component.dialog.Dialog;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.InvalidArticleException;
import dev.oxidometer.system.Editors;

/** A new article or changes to one, in a dialog; invalid fields are marked in the form and nothing is saved. */
class ArticleEditorDialog extends Dialog {

    /**
     * @param existing the article to change, or null for a new one
     * @param saved    called with the stored article after the dialog closed
     */
    ArticleEditorDialog(ArticleService articles, Editors access, Article existing, Consumer<Article> saved) {
        setHeaderTitle(existing == null ? "New article" : "Edit article");
        ArticleForm form = new ArticleForm();
        form.edit(existing);
        form.addCancelListener(e -> close());
        form.addSaveListener(e -> {
            try {
                Article stored = existing == null ? articles.create(e.draft(), access.userName())
                        : articles.update(existing.id(), e.draft());
                close();
                saved.accept(stored);
            } catch (InvalidArticleException ex) {
                form.showErrors(ex.fieldErrors());
            }
        });
        add(form);
        setWidth("48em");
    }
}
