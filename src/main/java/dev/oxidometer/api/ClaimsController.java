package dev.oxidometer.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.news.Claim;
import dev.oxidometer.news.ClaimText;
import dev.oxidometer.news.ClaimsEngine;
import dev.oxidometer.news.Dates;
import dev.oxidometer.system.ClaimsThrottle;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims check of a text: {@code POST /api/claims} with {@code {"text": "…"}} (plain text or HTML, at most 100
 * kB; an optional {@code "date"} the text speaks from) answers the claims it makes and what the scanned tree says of
 * each; {@code GET /api/claims/rules} lists the rules. Open to readers, stores nothing, throttled per client address
 * ({@link ClaimsThrottle}). The body is read up to a bound before it is parsed, so a huge upload costs little.
 */
@RestController
@RequestMapping("/api/claims")
class ClaimsController {

    /** A JSON body holding 100 kB of text, with room for escapes; anything longer is refused unread. */
    static final int MAX_BODY = 6 * ClaimText.MAX_BYTES + 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One claim as the API writes it: the field names are the contract. */
    record ClaimJson(String kind, String subject, String quote, String verdict, String evidence,
                     List<String> releases) {
    }

    record ClaimsAnswer(List<ClaimJson> claims) {
    }

    record RuleJson(String kind, String title, String finds, String decides) {
    }

    private final ClaimsEngine engine;
    private final ClaimsThrottle throttle;

    ClaimsController(ClaimsEngine engine, ClaimsThrottle throttle) {
        this.engine = engine;
        this.throttle = throttle;
    }

    static List<ClaimJson> json(List<Claim> claims) {
        return claims.stream().map(c -> new ClaimJson(c.kind(), c.subject(), c.quote(), c.verdict().key(),
                c.evidence(), c.releases())).toList();
    }

    @PostMapping
    ResponseEntity<?> check(HttpServletRequest request) throws IOException {
        var wait = throttle.tryCheck(request.getRemoteAddr());
        if (wait.isPresent()) {
            ResponseEntity<ProblemDetail> tooMany = ApiErrors.problem(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many claims checks from this address: try again in " + wait.get().toSeconds() + " s");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())))
                    .body(tooMany.getBody());
        }
        String type = request.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return ApiErrors.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type " + (type == null ? "(none)" : type)
                    + " is not accepted here; send application/json: {\"text\": \"…\"}");
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return ApiErrors.problem(HttpStatus.BAD_REQUEST, "The body is not UTF-8 text (binary?): send"
                    + " {\"text\": \"…\"} as JSON");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return ApiErrors.problem(HttpStatus.BAD_REQUEST, "The body is not JSON: send {\"text\": \"…\"}");
        }
        if (node == null || !node.isObject() || !node.path("text").isString()) {
            return ApiErrors.problem(HttpStatus.BAD_REQUEST, "text is required: send {\"text\": \"…\"} with the text"
                    + " as a JSON string");
        }
        Instant at = null;
        if (node.hasNonNull("date")) {
            at = Dates.parse(node.path("date").asString(""), true);   // IllegalArgumentException: 400 by ApiErrors
        }
        try {
            return ResponseEntity.ok(new ClaimsAnswer(json(engine.check(node.path("text").asString(), at))));
        } catch (ClaimText.Refused e) {
            return ApiErrors.problem(e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        return ApiErrors.problem(HttpStatus.CONTENT_TOO_LARGE, "The request is over " + MAX_BODY / 1024
                + " kB; at most " + ClaimText.MAX_BYTES + " bytes (100 kB) of text are checked");
    }

    @GetMapping("/rules")
    List<RuleJson> rules() {
        return ClaimsEngine.rules().stream().map(r -> new RuleJson(r.kind(), r.title(), r.finds(), r.decides()))
                .toList();
    }
}
