package dev.oxidometer.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

import dev.oxidometer.release.RepositoryScope;

/**
 * {@code ?repository=NAME} on every read of the release history ({@code /api/releases}, a release and its diff,
 * {@code /api/drivers}, {@code /api/abstractions}, {@code /api/events}, {@code /api/source},
 * {@code /api/metrics.csv}, {@code /api/charts/*}): the request reads that repository instead of the default one.
 * An unknown name is 404 problem+json naming the known ones; no parameter reads the default repository.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryParameter implements WebMvcConfigurer {

    static final String PARAMETER = "repository";
    static final String[] READS = {"/api/releases", "/api/releases/**", "/api/drivers", "/api/drivers/**",
        "/api/abstractions", "/api/events", "/api/source", "/api/metrics.csv", "/api/charts/**"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RepositoryScope scope;

    RepositoryParameter(RepositoryScope scope) {
        this.scope = scope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                String name = request.getParameter(PARAMETER);
                if (name == null || name.isBlank()) {
                    return true;
                }
                try {
                    scope.enter(scope.named(name));
                    return true;
                } catch (NoSuchElementException e) {
                    notFound(request, response, e.getMessage());
                    return false;
                }
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                scope.leave();
            }
        }).addPathPatterns(READS);
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.NOT_FOUND.getReasonPhrase());
        problem.put("status", HttpStatus.NOT_FOUND.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("parameter", PARAMETER);
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
