package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.oxidometer.release.ReleaseCatalog;

/** Which page requests are answered 404 before Vaadin renders anything (the browser test checks real responses). */
class PageStatusTest {

    private final ReleaseCatalog catalog = mock(ReleaseCatalog.class);
    @SuppressWarnings("unchecked")
    private final org.springframework.beans.factory.ObjectProvider<ReleaseCatalog> provider =
            mock(org.springframework.beans.factory.ObjectProvider.class);
    private final dev.oxidometer.release.RepositoryScope scope = mock(dev.oxidometer.release.RepositoryScope.class);
    @SuppressWarnings("unchecked")
    private final org.springframework.beans.factory.ObjectProvider<dev.oxidometer.release.RepositoryScope> scopes =
            mock(org.springframework.beans.factory.ObjectProvider.class);
    private final PageStatus status;

    PageStatusTest() {
        when(provider.getObject()).thenReturn(catalog);
        when(scopes.getObject()).thenReturn(scope);
        status = new PageStatus(provider, scopes);
    }

    @Test
    void a_release_of_a_picked_tree_is_looked_up_in_that_tree() {
        dev.oxidometer.release.Repo other = new dev.oxidometer.release.Repo(2, "other", "/srv/other", false);
        when(scope.withReleases()).thenReturn(java.util.List.of(other));
        // only the tree "other" holds other-6.2.16: the read model answers for the tree in scope, as the real one
        when(catalog.release("other-6.2.16")).thenAnswer(i -> dev.oxidometer.release.RepositoryScope.shown()
                .filter(r -> r.name().equals("other")).map(r -> UiFixtures.release("other-6.2.16", 1, false)));
        assertThat(status.isMissing("release/other-6.2.16", Optional.of(ReleaseView.class), "other")).isFalse();
        assertThat(status.isMissing("release/other-6.2.16", Optional.of(ReleaseView.class), null)).isTrue();
        assertThat(status.isMissing("release/other-6.2.16", Optional.of(ReleaseView.class), "android"))
                .as("no such tree").isTrue();
    }

    @Test
    void a_path_without_a_route_is_missing() {
        assertThat(status.isMissing("nope", Optional.empty())).isTrue();
    }

    @Test
    void a_route_without_a_stored_object_is_missing_and_one_with_it_is_not() {
        when(catalog.release("v6.12")).thenReturn(Optional.of(UiFixtures.releases(1).getFirst()));
        when(catalog.release("v0.0")).thenReturn(Optional.empty());
        assertThat(status.isMissing("release/v6.12", Optional.of(ReleaseView.class))).isFalse();
        assertThat(status.isMissing("release/v0.0", Optional.of(ReleaseView.class))).isTrue();
        when(catalog.driver("nope")).thenReturn(Optional.empty());
        assertThat(status.isMissing("drivers/nope", Optional.of(DriverView.class))).isTrue();
    }

    @Test
    void pages_without_a_parameter_are_never_missing() {
        assertThat(status.isMissing("drivers", Optional.of(DriversView.class))).isFalse();
        assertThat(status.isMissing("", Optional.of(AdoptionView.class))).isFalse();
    }
}
