package dev.oxidometer.ui.news;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.BundledCoverage;
import dev.oxidometer.news.InvalidArticleException;
import dev.oxidometer.news.KernelInventory;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.scan.Category;
import dev.oxidometer.system.Editors;
import dev.oxidometer.ui.format.Format;

/**
 * One article: its text (always as text), the link to it, its links to the data (editors add and remove them),
 * and the claims check.
 */
public class ArticleDetail extends Div {

    private final LinkService links;
    private final KernelInventory inventory;
    private final Editors access;
    private final Runnable changed;
    private final Consumer<Article> reviewed;
    private Button firstReview;
    private final long articleId;

    public long articleId() {
        return articleId;
    }

    /**
     * @param changed  called after a link was added or removed; the detail stays on this article
     * @param reviewed called after a suggestion of this article was accepted or rejected: the view moves on to
     *                 the next suggestion
     */
    public ArticleDetail(Article article, LinkService links, KernelInventory inventory, Editors access,
                         Consumer<Article> onEdit, Consumer<Article> onDelete, Runnable changed,
                         Consumer<Article> reviewed) {
        this.links = links;
        this.inventory = inventory;
        this.access = access;
        this.changed = changed;
        this.reviewed = reviewed;
        this.articleId = article.id();
        addClassName("article-detail");
        render(article, onEdit, onDelete);
    }

    private void render(Article a, Consumer<Article> onEdit, Consumer<Article> onDelete) {
        removeAll();
        firstReview = null;
        add(new H2(a.title()));
        add(new Paragraph(new Span(a.source() + " · " + Format.date(a.publishedAt())
                + (a.author() == null ? "" : " · " + a.author()) + " · "), ArticleLinks.open(a.url(), "open article")));
        if (a.summary() != null) {
            add(new Paragraph(a.summary()));
        }
        if (BundledCoverage.CREATED_BY.equals(a.createdBy())) {
            add(bundledNote(a));
        }
        if (!a.tags().isEmpty()) {
            add(new Paragraph("Tags: " + String.join(", ", a.tags())));
        }
        if (access.isEditor()) {
            Button edit = new Button("Edit", e -> onEdit.accept(a));
            Button delete = new Button("Delete", e -> onDelete.accept(a));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(edit, delete));
        }
        add(new H3("Linked data"));
        List<ArticleLink> all = links.links(a.id());
        UnorderedList list = new UnorderedList();
        for (ArticleLink l : all) {
            if (!l.accepted() && !(access.isEditor() && l.pending())) {
                continue;
            }
            ListItem item = new ListItem(new Span(l.kind().key() + " " + l.target()
                    + (l.pending() ? " (suggested: " + l.reason() + ")" : "")
                    + " · " + l.origin() + " by " + (l.reviewedBy() != null ? l.reviewedBy() : l.createdBy())));
            if (access.isEditor()) {
                if (l.pending()) {
                    Button accept = review("Accept", () -> links.accept(l.id(), access.userName()), a);
                    firstReview = firstReview == null ? accept : firstReview;
                    item.add(accept, review("Reject", () -> links.reject(l.id(), access.userName()), a));
                } else {
                    item.add(button("Remove", () -> links.remove(l.id(), access.userName()), a, onEdit, onDelete));
                }
            }
            list.add(item);
        }
        add(list.getChildren().findAny().isPresent() ? list : new Span("Not linked yet."));
        if (access.isEditor()) {
            add(addLinkForm(a, onEdit, onDelete));
        }
        add(new H3("Claims check"));
        add(new ClaimsList(links.claims(a.id()), "No claim about the kernel tree found in the title or summary."));
    }

    private HorizontalLayout addLinkForm(Article a, Consumer<Article> onEdit, Consumer<Article> onDelete) {
        Select<LinkKind> kind = new Select<>();
        kind.setLabel("Link to");
        kind.setItems(LinkKind.values());
        kind.setItemLabelGenerator(LinkKind::key);
        ComboBox<String> target = new ComboBox<>("Target");
        target.setAllowCustomValue(false);
        kind.addValueChangeListener(e -> target.setItems(targets(e.getValue())));
        kind.setValue(LinkKind.RELEASE);
        Button add = new Button("Add link", e -> {
            try {
                links.add(a.id(), kind.getValue(), target.getValue(), access.userName());
                changed.run();
                render(a, onEdit, onDelete);
            } catch (InvalidArticleException ex) {
                target.setInvalid(true);
                target.setErrorMessage(ex.fieldErrors().getOrDefault("target", ex.getMessage()));
            }
        });
        HorizontalLayout form = new HorizontalLayout(kind, target, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return form;
    }

    private List<String> targets(LinkKind kind) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case RELEASE -> new ArrayList<>(inventory.releases().stream().map(KernelInventory.Release::tag).toList()).reversed();
            case DRIVER -> inventory.drivers().stream().map(KernelInventory.DriverRef::name).sorted().toList();
            case ABSTRACTION -> inventory.abstractions().stream().sorted().toList();
            case CATEGORY -> Arrays.stream(Category.values()).map(Category::key).toList();
        };
    }

    /** Puts the keyboard on the first suggestion waiting for review, if there is one; whether there was. */
    public boolean focusFirstSuggestion() {
        if (firstReview == null) {
            return false;
        }
        firstReview.focus();
        return true;
    }

    private Button review(String text, Runnable action, Article a) {
        Button b = new Button(text, e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
            reviewed.accept(a);
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Button button(String text, Runnable action, Article a, Consumer<Article> onEdit, Consumer<Article> onDelete) {
        Button b = new Button(text, e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
            changed.run();
            render(a, onEdit, onDelete);
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** Where a bundled article comes from: the summary is ours, and how the article was verified to exist. */
    private static Paragraph bundledNote(Article a) {
        Paragraph note = new Paragraph("From the bundled coverage: the summary is oxidometer's, not the article's."
                + BundledCoverage.verification(a.url()).map(v -> " Verified to exist from " + (v.method()
                        .equals("primary-source") ? "the primary source " : "a stored public copy ") + v.address()
                        + ", which shows " + v.shows() + ".").orElse(""));
        note.setId("bundled-note");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("overflow-wrap", "anywhere");
        return note;
    }
}
