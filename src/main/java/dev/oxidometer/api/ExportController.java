package dev.oxidometer.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** Backup and reuse: everything out as one JSON document, and back in (editors only). */
@RestController
@RequestMapping("/api")
class ExportController {

    private final ExportImportService service;

    ExportController(ExportImportService service) {
        this.service = service;
    }

    @GetMapping(path = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oxidometer-export.json\"")
                .body(service.export());
    }

    /** An oxidometer export or a scanner's {@code --json} output, as the request body. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ExportImportService.ImportResult importJson(HttpServletRequest request,
                                                @RequestParam(required = false) String repository)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return service.importJson(body, repository);
        }
    }
}
