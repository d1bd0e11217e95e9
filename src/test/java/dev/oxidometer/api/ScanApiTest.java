package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.oxidometer.release.KernelRepo;
import dev.oxidometer.release.ScanJobs;
import dev.oxidometer.release.ScanProgressBus;

/** Adding a repository and scanning it through the API, on a small JGit repository in a temporary directory. */
@SpringBootTest
@AutoConfigureMockMvc
class ScanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScanJobs scans;
    @Autowired
    ScanProgressBus progressBus;

    @TempDir
    Path temp;

    @Test
    void an_editor_adds_a_repository_starts_a_scan_and_follows_it_to_the_end() throws Exception {
        Path clone = KernelRepo.create(temp.resolve("api-linux"));
        mvc.perform(post("/api/repositories").with(ApiTest.EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"api-linux\",\"path\":\"" + clone + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("api-linux"));

        CountDownLatch scanning = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        Runnable hold = progressBus.addListener(p -> {
            if (Thread.currentThread().getName().equals("scan-api-linux") && p.running()) {
                scanning.countDown();
                try {
                    proceed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        long scanId;
        try {
            String started = mvc.perform(post("/api/scans").with(ApiTest.EDITOR).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"repository\":\"api-linux\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/scans/")))
                    .andReturn().getResponse().getContentAsString();
            scanId = ((Number) JsonPath.read(started, "$.scanId")).longValue();
            assertThat(scanning.await(30, TimeUnit.SECONDS)).isTrue();

            mvc.perform(post("/api/scans").with(ApiTest.EDITOR).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"repository\":\"api-linux\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already running")))
                    .andExpect(jsonPath("$.scanId").value(scanId));
            mvc.perform(get("/api/scans/" + scanId)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("running"));
        } finally {
            proceed.countDown();
            hold.run();
        }

        scans.await(scanId, Duration.ofSeconds(60));
        mvc.perform(get("/api/scans/" + scanId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.tagCount").value(3))
                .andExpect(jsonPath("$.repository").value("api-linux"));
        mvc.perform(get("/api/scans")).andExpect(jsonPath("$[0].scanId").value(scanId));
    }

    @Test
    void a_repository_path_that_is_not_a_git_repository_is_refused_with_a_message() throws Exception {
        mvc.perform(post("/api/repositories").with(ApiTest.EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"nowhere\",\"path\":\"" + temp + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not a Linux kernel repository")));
    }

    @Test
    void the_file_system_root_without_a_name_is_a_400_not_a_500() throws Exception {
        mvc.perform(post("/api/repositories").with(ApiTest.EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"path\":\"/\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not a Linux kernel repository")));
    }
}
