package dev.oxidometer.api;

import java.net.URI;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.oxidometer.release.ScanAlreadyRunningException;

/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}): a status, a title and a
 * message for the user, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, e instanceof HttpMessageNotReadableException
                ? "The request body is missing or is not the JSON expected" : e.getMessage());
    }

    /** A write sent with a body type it does not declare (e.g. text/plain to an endpoint that reads JSON). */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type "
                + (e.getContentType() == null ? "(none)" : e.getContentType()) + " is not accepted here; send "
                + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" or ")));
    }

    @ExceptionHandler(ScanAlreadyRunningException.class)
    ResponseEntity<ProblemDetail> alreadyRunning(ScanAlreadyRunningException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, e.getMessage());
        response.getBody().setProperty("scanId", e.runningScanId());
        response.getBody().setProperty("progress", "/api/scans/" + e.runningScanId());
        return response;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these (401/403)
        }
        if (e instanceof ErrorResponse response) {
            return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
        }
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it is in the server log");
    }
}
