package dev.oxidometer.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every {@code /api/**} path that no endpoint serves: 404 as a problem detail, instead of the application's HTML
 * page with 200 (the views' catch-all would answer otherwise). A path that an endpoint serves with another method
 * gets 405 with {@code Allow}, and one it serves with another body type 415, as Spring would answer without this
 * catch-all.
 */
@RestController
class UnknownApiController {

    static final String CATCH_ALL = "/api/**";

    private final RequestMappingHandlerMapping mappings;

    UnknownApiController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(CATCH_ALL)
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<RequestMethod> allowed = allowedMethods(path);
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        if (method != null && allowed.contains(method)) {
            // the endpoint exists for this method: a body type it does not read (415, as Spring answers), else a
            // response type it cannot write (406)
            List<MediaType> consumable = consumable(path, method);
            if (!consumable.isEmpty()) {
                throw new HttpMediaTypeNotSupportedException(request.getContentType() == null ? null
                        : MediaType.parseMediaType(request.getContentType()), consumable);
            }
            return ApiErrors.problem(HttpStatus.NOT_ACCEPTABLE, "No representation of " + path
                    + " matches the Accept header");
        }
        if (!allowed.isEmpty()) {
            ResponseEntity<ProblemDetail> problem = ApiErrors.problem(HttpStatus.METHOD_NOT_ALLOWED,
                    request.getMethod() + " is not supported at " + path);
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, allowed.stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .body(problem.getBody());
        }
        return ApiErrors.problem(HttpStatus.NOT_FOUND, "There is no API endpoint at " + path
                + "; the endpoints are listed at /v3/api-docs");
    }

    /** The body types the endpoints at this path and method read; empty when they declare none. */
    private List<MediaType> consumable(String path, RequestMethod method) {
        PathContainer container = PathContainer.parsePath(path);
        List<MediaType> types = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() != null && info.getMethodsCondition().getMethods().contains(method)
                    && info.getPathPatternsCondition().getPatterns().stream()
                    .anyMatch(p -> !CATCH_ALL.equals(p.getPatternString()) && p.matches(container))) {
                types.addAll(info.getConsumesCondition().getConsumableMediaTypes());
            }
        }
        return types;
    }

    /** The methods the other endpoints accept at this path; empty when none serves it. */
    private Set<RequestMethod> allowedMethods(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<RequestMethod> allowed = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            boolean serves = info.getPathPatternsCondition().getPatterns().stream()
                    .anyMatch(p -> !CATCH_ALL.equals(p.getPatternString()) && p.matches(container));
            if (serves) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                allowed.addAll(methods.isEmpty() ? Set.of(RequestMethod.values()) : methods);
            }
        }
        if (allowed.contains(RequestMethod.GET)) {
            allowed.add(RequestMethod.HEAD);
        }
        return allowed;
    }
}
