package dev.oxidometer.ui;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import dev.oxidometer.release.ReleaseCatalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The HTTP status of a page. Vaadin answers every page request with its bootstrap HTML and 200, and renders the
 * view (or {@link NotFoundView}) in a later request, when the status can no longer change. So the status is
 * decided here, before: 404 for a path no route serves, and for a release or driver page whose tag or name is not
 * stored. Only the bootstrap HTML is affected (the status is set when a {@code text/html} body starts), never a
 * static file, Vaadin's own requests or the API.
 */
@Component
class PageStatus extends OncePerRequestFilter {

    private final Map<Class<?>, Predicate<String>> exists;
    private final ObjectProvider<dev.oxidometer.release.RepositoryScope> repositories;

    /** The catalog is looked up per request: contexts without the release package (view tests) still start. */
    PageStatus(ObjectProvider<ReleaseCatalog> catalog,
               ObjectProvider<dev.oxidometer.release.RepositoryScope> repositories) {
        this.repositories = repositories;
        this.exists = Map.of(
                ReleaseView.class, tag -> catalog.getObject().release(tag).isPresent(),
                DriverView.class, name -> catalog.getObject().driver(name).isPresent());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getParameter("v-r") != null
                || path.startsWith("api/") || path.equals("api") || path.startsWith("VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMissing(request)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(type);
                if (type != null && type.startsWith("text/html") && getStatus() == SC_OK && !isCommitted()) {
                    setStatus(SC_NOT_FOUND);
                }
            }
        });
    }

    /** True when the path is no page: no route, or a release or driver that is not stored. */
    boolean isMissing(HttpServletRequest request) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        if (!registry.hasNavigationTargets()) {
            return false; // not started yet: say nothing rather than something false
        }
        return isMissing(path(request), registry.getNavigationTarget(path(request)),
                request.getParameter(RepositoryPicker.PARAMETER));
    }

    /**
     * As {@link #isMissing(String, Optional)}, for a release or driver page of the tree {@code repo} names
     * ({@code ?repo=}, as those views read it, {@link TreeScope}): a tree with no releases of that name is missing,
     * and the tag or driver is looked up in it.
     */
    boolean isMissing(String path, Optional<Class<? extends com.vaadin.flow.component.Component>> target,
                      String repo) {
        if (repo == null || repo.isBlank() || target.isEmpty() || !exists.containsKey(target.get())) {
            return isMissing(path, target);
        }
        return repositories.getObject().withReleases().stream().filter(r -> r.name().equals(repo.strip()))
                .findFirst()
                .map(tree -> dev.oxidometer.release.RepositoryScope.within(tree, () -> isMissing(path, target)))
                .orElse(true);
    }

    boolean isMissing(String path, Optional<Class<? extends com.vaadin.flow.component.Component>> target) {
        if (target.isEmpty()) {
            return true;
        }
        Predicate<String> check = exists.get(target.get());
        int slash = path.indexOf('/');
        return check != null && slash > 0 && !check.test(path.substring(slash + 1));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.startsWith("/") ? uri.substring(1) : uri;
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
