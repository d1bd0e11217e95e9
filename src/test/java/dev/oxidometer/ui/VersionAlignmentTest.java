package dev.oxidometer.ui;

import dev.oxidometer.release.ReleaseSummary;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionAlignmentTest {

    private static ReleaseSummary r(String tag, boolean rc) {
        return UiFixtures.release(tag, 1, rc);
    }

    @Test
    void releases_stand_at_their_version_whatever_the_tag_is_called() {
        Map<String, List<ReleaseSummary>> releases = new LinkedHashMap<>();
        releases.put("debian", List.of(r("v6.1", false), r("v6.12", false), r("v7.0", false)));
        releases.put("android", List.of(r("android14-6.1", false), r("android16-6.12", false)));
        Map<String, Map<String, String>> notes = Map.of(
                "debian", Map.of("v6.12", "Linux 6.12 (Debian linux-source-6.12 6.12.117-1, Linux 6.12.117)"),
                "android", Map.of("android14-6.1", "Linux 6.1.75", "android16-6.12", "Linux 6.12.30 android"));

        VersionAlignment a = VersionAlignment.of(releases, notes);

        assertThat(a.trees()).containsExactly("debian", "android");
        assertThat(a.versions()).extracting(VersionAlignment.Version::name).containsExactly("6.1", "6.12", "7.0");
        VersionAlignment.Version v612 = a.versions().get(1);
        assertThat(v612.cell("android").orElseThrow().release().tag()).isEqualTo("android16-6.12");
        assertThat(v612.cell("debian").orElseThrow().label()).contains("Linux 6.12.117, not upstream v6.12");
        assertThat(a.axisLabel(a.versions().get(2))).containsExactly("7.0", "debian: v7.0", "android: —");
        assertThat(a.leftOut()).isEmpty();
    }

    @Test
    void versions_sort_by_number_not_by_text() {
        VersionAlignment a = VersionAlignment.of(Map.of("t", List.of(r("v6.2", false), r("v6.10", false),
                r("v5.19", false))), Map.of());
        assertThat(a.versions()).extracting(VersionAlignment.Version::name).containsExactly("5.19", "6.2", "6.10");
    }

    @Test
    void what_cannot_be_placed_is_said_not_guessed() {
        Map<String, List<ReleaseSummary>> releases = Map.of("t", List.of(r("v6.12-rc3", true), r("vendor-build", false),
                r("build-a", false), r("build-b", false)));
        Map<String, Map<String, String>> notes = Map.of("t", Map.of("build-a", "Linux 6.6.1", "build-b", "Linux 6.6.9"));

        VersionAlignment a = VersionAlignment.of(releases, notes);

        assertThat(a.versions()).extracting(VersionAlignment.Version::name).containsExactly("6.6");
        assertThat(a.versions().getFirst().cell("t").orElseThrow().release().tag()).isEqualTo("build-b");
        assertThat(a.leftOut()).containsExactly("t: v6.12-rc3 (a release candidate)",
                "t: vendor-build (neither its tag nor its note names a kernel version)",
                "t: build-a (also at 6.6; the later build-b is shown)");
    }
}
