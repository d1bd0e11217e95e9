package dev.oxidometer.ui.chart.image;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.NoSuchElementException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/charts/{chart}.svg|.png|.csv}: the dashboard's charts as stamped images (and the CSV of exactly
 * the series drawn), for scripts, READMEs and embeds. Public like every read.
 */
@RestController
@RequestMapping("/api/charts")
class ChartController {

    static final int MIN_SIZE = 200;
    static final int MAX_SIZE = 4000;
    static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    static final MediaType CSV = MediaType.valueOf("text/csv;charset=UTF-8");

    private final ChartImageService charts;

    ChartController(ChartImageService charts) {
        this.charts = charts;
    }

    @GetMapping("/{chart}.{format}")
    ResponseEntity<byte[]> chart(@PathVariable String chart, @PathVariable String format,
                                 @RequestParam(required = false) String key,
                                 @RequestParam(required = false) String name,
                                 @RequestParam(required = false) String width,
                                 @RequestParam(required = false) String height,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String rc,
                                 @RequestParam(required = false) String vendored,
                                 @RequestParam(required = false) String scale,
                                 @RequestParam(required = false) String x,
                                 @RequestParam(required = false) String hide,
                                 @RequestParam(required = false) String theme,
                                 @RequestParam(required = false) String repository,
                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ChartKind kind = ChartKind.of(chart).orElseThrow(() -> new NoSuchElementException(
                "No chart called " + chart + " (adoption, share, metric, driver)"));
        if (!format.equals("png") && !format.equals("svg") && !format.equals("csv")) {
            throw new NoSuchElementException("Charts come as .png, .svg or .csv, not ." + format);
        }
        int w = size("width", width, 1200);
        int h = size("height", height, 675);
        ChartTheme t = theme == null || theme.isBlank() ? ChartTheme.LIGHT : theme(theme);
        ChartSpec spec = new ChartSpec(kind, kind == ChartKind.METRIC ? key : kind == ChartKind.DRIVER ? name : null,
                flag("rc", rc), flag("vendored", vendored), choice("scale", scale, "log", "linear"),
                xAxisIsDate(x), blankToNull(from), blankToNull(to), ChartSpec.parseHidden(hide));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ChartSnapshot snapshot = charts.snapshot(spec, repository, base);
        String etag = snapshot.etag(format, w, h, t);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate());
        headers.setContentDisposition(org.springframework.http.ContentDisposition.inline()
                .filename(snapshot.fileName(format)).build());
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return switch (format) {
            case "png" -> ResponseEntity.ok().headers(headers).contentType(MediaType.IMAGE_PNG)
                    .body(charts.png(snapshot, w, h, t));
            case "svg" -> ResponseEntity.ok().headers(headers).contentType(SVG)
                    .body(charts.svg(snapshot, w, h, t).getBytes(StandardCharsets.UTF_8));
            default -> ResponseEntity.ok().headers(headers).contentType(CSV)
                    .body(ChartImages.csv(snapshot.data()).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static int size(String parameter, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadChartParameterException(parameter, "must be a whole number of pixels, not \"" + value + "\"");
        }
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new BadChartParameterException(parameter, "must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels, not " + n);
        }
        return n;
    }

    private static ChartTheme theme(String value) {
        try {
            return ChartTheme.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadChartParameterException("theme", "must be light or dark, not \"" + value + "\"");
        }
    }

    private static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new BadChartParameterException(parameter, "must be on or off (true or false), not \""
                    + value + "\"");
        };
    }

    private static boolean choice(String parameter, String value, String yes, String no) {
        if (value == null || value.isBlank() || value.strip().equals(no)) {
            return false;
        }
        if (value.strip().equals(yes)) {
            return true;
        }
        throw new BadChartParameterException(parameter, "must be " + no + " or " + yes + ", not \"" + value + "\"");
    }

    /** The x axis as the dashboard's: dates unless {@code x=release} (or {@code x=sequence}) asks for the sequence. */
    private static boolean xAxisIsDate(String value) {
        if (value == null || value.isBlank() || value.strip().equals("date")) {
            return true;
        }
        if (value.strip().equals("release") || value.strip().equals("sequence")) {
            return false;
        }
        throw new BadChartParameterException("x", "must be date or release, not \"" + value + "\"");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** This controller is not under {@code api/}, whose error advice it would otherwise share: same answers here. */
    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(java.net.URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(BadChartParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadChartParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(java.net.URI.create("about:blank"));
        problem.setProperty("parameter", e.parameter());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
