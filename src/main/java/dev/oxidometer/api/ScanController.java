package dev.oxidometer.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryRegistry;
import dev.oxidometer.release.ScanJobs;
import dev.oxidometer.release.ScanProgress;
import dev.oxidometer.release.ScanStatus;

/** Repositories and their scans: reading is public, adding and scanning need an editor. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ScanController {

    /** {@code includeRc} may be left out (false). */
    record NewRepository(String name, String path, Boolean includeRc) {
    }

    /** Which repository to scan: by name or id; may be empty when only one repository is tracked. */
    record ScanRequest(String repository, Long repositoryId) {
    }

    record ScanStarted(long scanId, String status, String progress) {
    }

    /** A scan's progress; {@code elapsedSeconds} instead of a Duration, for scripts. */
    record ScanView(long scanId, String repository, String status, int tagIndex, int tagCount, String currentTag,
                    int filesDone, int filesTotal, double elapsedSeconds, List<String> errors, Instant started,
                    Instant finished) {

        static ScanView of(ScanProgress p) {
            return new ScanView(p.scanId(), p.repository(), p.status().key(), p.tagIndex(), p.tagCount(), p.currentTag(),
                    p.filesDone(), p.filesTotal(), p.elapsed().toMillis() / 1000.0, p.errors(), p.started(),
                    p.finished());
        }
    }

    private final RepositoryRegistry registry;
    private final ScanJobs scans;

    ScanController(RepositoryRegistry registry, ScanJobs scans) {
        this.registry = registry;
        this.scans = scans;
    }

    @GetMapping("/repositories")
    List<Repo> repositories() {
        return registry.repositories();
    }

    @PostMapping("/repositories")
    ResponseEntity<Repo> addRepository(@RequestBody NewRepository request) {
        Repo repo = registry.addRepository(request.name(), request.path(),
                Boolean.TRUE.equals(request.includeRc()));
        return ResponseEntity.status(HttpStatus.CREATED).body(repo);
    }

    /**
     * Starts a scan in the background, on whichever instance picks its job: 202 with the scan id, 409 with the
     * running scan's id when one runs for that repository on any instance.
     */
    @PostMapping("/scans")
    ResponseEntity<ScanStarted> startScan(@RequestBody(required = false) ScanRequest request) {
        long scanId = scans.submit(repository(request == null ? new ScanRequest(null, null) : request).id());
        return ResponseEntity.accepted().location(URI.create("/api/scans/" + scanId))
                .body(new ScanStarted(scanId, ScanStatus.RUNNING.key(), "/api/scans/" + scanId));
    }

    @GetMapping("/scans")
    List<ScanView> recentScans(@RequestParam(defaultValue = "20") int limit) {
        return scans.recentScans(Math.clamp(limit, 1, 500)).stream().map(ScanView::of).toList();
    }

    @GetMapping("/scans/{id}")
    ScanView scan(@PathVariable long id) {
        return scans.progress(id).map(ScanView::of).orElseThrow(() -> new NoSuchElementException("No scan " + id));
    }

    private Repo repository(ScanRequest request) {
        List<Repo> repos = registry.repositories();
        if (request.repositoryId() != null) {
            return repos.stream().filter(r -> r.id() == request.repositoryId()).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No repository with id " + request.repositoryId()));
        }
        if (request.repository() != null) {
            return repos.stream().filter(r -> r.name().equals(request.repository())).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No repository named " + request.repository()));
        }
        if (repos.size() == 1) {
            return repos.getFirst();
        }
        throw new IllegalArgumentException(repos.isEmpty()
                ? "No repository is tracked: add one first (POST /api/repositories)"
                : "Say which repository to scan: {\"repository\": \"name\"}, one of "
                + String.join(", ", repos.stream().map(Repo::name).toList()));
    }
}
