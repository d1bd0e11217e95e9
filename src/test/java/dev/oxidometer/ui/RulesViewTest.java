package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H3;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.RulesDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesViewTest extends ViewTestBase {

    @Test
    void the_page_is_rendered_from_the_rules_document_section_by_section() {
        navigate(RulesView.class);
        RulesDocument doc = CountingRules.document();
        List<String> headings = find(H3.class).all().stream().map(H3::getText).toList();
        assertThat(headings).containsExactlyElementsOf(doc.sections().stream().map(RulesDocument.Section::title).toList());
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Counting rules version " + CountingRules.RULES_VERSION);
    }

    @Test
    void the_claims_check_rules_are_on_the_page_one_row_per_kind() {
        navigate(RulesView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("How the claims check decides");
        dev.oxidometer.news.ClaimsEngine.rules().forEach(r -> assertThat(text).contains(r.kind(), r.finds(),
                r.decides()));
    }

    @Test
    void every_table_cell_of_the_document_appears_on_the_page() {
        navigate(RulesView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        CountingRules.document().sections().stream().filter(s -> s.table() != null)
                .flatMap(s -> s.table().rows().stream()).flatMap(List::stream)
                .forEach(cell -> assertThat(text).contains(cell.replace("`", "")));
    }

    @Test
    void backticks_become_code() {
        assertThat(RulesView.inline("paths under `rust/kernel/` count")).hasSize(3)
                .element(1).isInstanceOfSatisfying(Code.class, c -> assertThat(c.getText()).isEqualTo("rust/kernel/"));
        assertThat(RulesView.inline("a lone ` stays")).noneMatch(Code.class::isInstance);
    }
}
