package dev.oxidometer.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionSettingsTest {

    @Test
    void the_default_state_has_an_empty_query_so_the_home_link_stays_clean() {
        assertThat(AdoptionSettings.DEFAULT.toQuery().getQueryString()).isEmpty();
    }

    @Test
    void every_setting_survives_a_round_trip_through_the_url() {
        AdoptionSettings s = new AdoptionSettings("unsafe.blocks", true, true, true, true);
        assertThat(AdoptionSettings.from(QueryParameters.fromString(s.toQuery().getQueryString()))).isEqualTo(s);
    }

    @Test
    void unknown_values_in_the_url_fall_back_to_the_defaults() {
        AdoptionSettings s = AdoptionSettings.from(QueryParameters.simple(Map.of(
                "scale", "cubic", "rc", "maybe", "x", "time", "metric", " ")));
        assertThat(s).isEqualTo(AdoptionSettings.DEFAULT);
    }
}
