package dev.oxidometer.ui.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;

/**
 * The editor's article form. It only collects values and fires {@link SaveEvent}; the view saves and hands field
 * errors back through {@link #showErrors}.
 */
public class ArticleForm extends FormLayout {

    final TextField url = new TextField("URL");
    final TextField title = new TextField("Title");
    final TextField source = new TextField("Source");
    final DatePicker publishedAt = IsoDates.picker("Published (UTC)");
    final TextField author = new TextField("Author");
    final TextArea summary = new TextArea("Summary");
    final TextField tags = new TextField("Tags");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    public ArticleForm() {
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://lwn.net/Articles/...");
        title.setRequiredIndicatorVisible(true);
        publishedAt.setRequiredIndicatorVisible(true);
        publishedAt.setHelperText("yyyy-mm-dd, the day the article gives");
        source.setHelperText("Derived from the URL's host when empty");
        tags.setHelperText("Comma-separated");
        summary.setMaxLength(4000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, draft())));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(url, title, source, publishedAt, author, tags, summary, new HorizontalLayout(save, cancel));
        setColspan(summary, 2);
        setColspan(url, 2);
        setColspan(title, 2);
    }

    /** The instant of the article being edited, kept as it is while its day is not changed. */
    private Instant editedInstant;

    /**
     * A day of publication: an article gives a day, not a time, so a new date is stored at noon UTC (as the
     * bundled coverage does); an edited article whose day was left alone keeps its instant exactly.
     */
    static Instant instant(LocalDate day, Instant before) {
        if (day == null) {
            return null;
        }
        if (before != null && LocalDate.ofInstant(before, ZoneOffset.UTC).equals(day)) {
            return before;
        }
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    public void edit(Article a) {
        editedInstant = a == null ? null : a.publishedAt();
        url.setValue(a == null ? "" : a.url());
        title.setValue(a == null ? "" : a.title());
        source.setValue(a == null ? "" : a.source());
        publishedAt.setValue(a == null ? null : LocalDate.ofInstant(a.publishedAt(), ZoneOffset.UTC));
        author.setValue(a == null || a.author() == null ? "" : a.author());
        summary.setValue(a == null || a.summary() == null ? "" : a.summary());
        tags.setValue(a == null ? "" : String.join(", ", a.tags()));
        showErrors(Map.of());
    }

    ArticleDraft draft() {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new ArticleDraft(url.getValue(), title.getValue(), source.getValue(),
                instant(publishedAt.getValue(), editedInstant),
                author.getValue(), summary.getValue(), tagList);
    }

    /** Marks each field named in {@code errors} invalid with its message, and clears the others. */
    public void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("url", url, "title", title, "source", source,
                "publishedAt", publishedAt, "author", author, "summary", summary, "tags", tags);
        fields.forEach((name, field) -> {
            field.setInvalid(errors.containsKey(name));
            field.setErrorMessage(errors.get(name));
        });
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<ArticleForm> {
        private final ArticleDraft draft;

        SaveEvent(ArticleForm source, ArticleDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ArticleDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<ArticleForm> {
        CancelEvent(ArticleForm source) {
            super(source, false);
        }
    }
}
