package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

class ChartViewStateTest {

    @Test
    void zoom_hidden_series_and_article_state_survive_a_round_trip_through_the_url() {
        QueryParameters query = QueryParameters.fromString(
                "metric=unsafe.blocks&from=v6.2&to=v6.4&hide=samples,drivers&articles=off&article=12");
        ChartViewState state = ChartViewState.from(query);
        assertThat(state.from()).isEqualTo("v6.2");
        assertThat(state.to()).isEqualTo("v6.4");
        assertThat(state.hidden()).containsExactly("drivers", "samples");
        assertThat(state.articles()).isFalse();
        assertThat(state.article()).isEqualTo(12L);
        QueryParameters again = state.addTo(AdoptionSettings.from(query).toQuery());
        assertThat(again.getParameters()).isEqualTo(QueryParameters.fromString(
                "metric=unsafe.blocks&from=v6.2&to=v6.4&hide=drivers,samples&articles=off&article=12").getParameters());
        assertThat(ChartViewState.from(again)).isEqualTo(state);
    }

    @Test
    void defaults_stay_out_of_the_url_and_a_malformed_article_id_is_ignored() {
        ChartViewState state = ChartViewState.from(QueryParameters.fromString("article=x1"));
        assertThat(state).isEqualTo(ChartViewState.DEFAULT);
        assertThat(state.addTo(AdoptionSettings.DEFAULT.toQuery()).getQueryString()).isEmpty();
        assertThat(state.withHidden("drivers", true).withHidden("drivers", false).hidden()).isEmpty();
    }
}
