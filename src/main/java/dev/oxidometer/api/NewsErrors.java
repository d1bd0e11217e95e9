package dev.oxidometer.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.oxidometer.news.InvalidArticleException;

/**
 * An invalid article or feed source (the news controllers): a 400 problem detail ({@link ApiErrors})
 * with {@code fieldErrors}, field name to message. Ordered before {@link ApiErrors}, whose RuntimeException
 * handler would otherwise answer first.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewsErrors {

    @ExceptionHandler(InvalidArticleException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidArticleException e) {
        ResponseEntity<ProblemDetail> response = ApiErrors.problem(HttpStatus.BAD_REQUEST, e.getMessage());
        response.getBody().setProperty("fieldErrors", e.fieldErrors());
        return response;
    }
}
