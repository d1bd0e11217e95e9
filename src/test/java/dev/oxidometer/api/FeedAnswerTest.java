package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import dev.oxidometer.news.ImportReport;

/** Issue 12, finding 9: which status a feed import answers with. */
class FeedAnswerTest {

    @Test
    void a_fetch_that_failed_on_the_remote_side_is_502_a_refused_url_400_an_unreadable_upload_400() {
        assertThat(FeedController.answer(ImportReport.failed(ImportReport.Failure.FETCH, "the server answered HTTP"
                + " 500"), false).getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(FeedController.answer(ImportReport.failed(ImportReport.Failure.UNREADABLE, "not a readable RSS"),
                false).getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(FeedController.answer(ImportReport.failed(ImportReport.Failure.REFUSED, "refused"), false)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(FeedController.answer(ImportReport.failed("not a readable RSS"), true).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        var problem = FeedController.answer(ImportReport.failed(ImportReport.Failure.FETCH, "timeout"), false);
        assertThat(((ProblemDetail) problem.getBody()).getDetail()).isEqualTo("timeout");
        assertThat(((ProblemDetail) problem.getBody()).getProperties()).containsKey("report");
    }

    @Test
    void a_successful_import_is_200_with_its_report() {
        ImportReport ok = new ImportReport("t", List.of(), List.of(), List.of(), List.of(), null, null);
        assertThat(FeedController.answer(ok, false).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(FeedController.answer(ok, false).getBody()).isEqualTo(ok);
    }
}
